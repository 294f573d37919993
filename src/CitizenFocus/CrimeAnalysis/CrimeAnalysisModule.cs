using CitizenFocus.CrimeAnalysis.Analyses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>Crime data (the force's own and police.uk open data) and the analyses over it.</summary>
public sealed class CrimeAnalysisModule : ICapabilityModule
{
    public void AddServices(IServiceCollection services)
    {
        services.TryAddScoped<ImportLsoaWards>();
        services.TryAddScoped<FindCrimesAbout>();
        services.TryAddScoped<ReviewCrimeDetails>();
        services.TryAddScoped<ImportPoliceUk>();
        services.TryAddScoped<OpenDataCoverage>();
        services.TryAddScoped<ImportCrimes>();

        services.TryAddScoped<YearToDateAnalysis>();
        services.TryAddScoped<BestWorstAnalysis>();
        services.TryAddScoped<RepeatVictimAnalysis>();
        services.TryAddScoped<CrossTypeOffenderAnalysis>();
        services.TryAddScoped<HotStreetAnalysis>();
        services.TryAddScoped<TemporalAnalysis>();
        services.TryAddScoped<TrendAnalysis>();
        services.TryAddScoped<NearRepeatAnalysis>();
    }
}
