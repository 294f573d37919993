using CitizenFocus.Statistics.Import;
using CitizenFocus.Statistics.Performance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenFocus.Statistics;

/// <summary>Survey and indicator imports, the performance pack and its statistics.</summary>
public sealed class StatisticsModule : ICapabilityModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddOptions<PerformanceOptions>();
        services.TryAddScoped<ImportSurvey>();
        services.TryAddScoped<ImportIndicators>();
        services.TryAddScoped<PerformanceQueries>();
        services.TryAddScoped<EditIndicator>();
        services.TryAddScoped<PeerGroups.PeerGroupQueries>();
        services.TryAddScoped<PeerGroups.SetPeerGroup>();
    }
}
