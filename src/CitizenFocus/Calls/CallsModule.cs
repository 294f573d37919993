using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenFocus.Calls;

/// <summary>Calls from the public: the list in a reader's scope and the audited read of one call.</summary>
public sealed class CallsModule : ICapabilityModule
{
    public void AddServices(IServiceCollection services)
    {
        services.TryAddScoped<CallQueries>();
        services.TryAddScoped<FindCallsAbout>();
        services.TryAddScoped<ConsultCall>();
        services.TryAddScoped<RecordAnswerClocks>();
        services.TryAddScoped<EraseCallDetails>();
    }
}
