using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenFocus;

/// <summary>The use cases and queries every host (web, command line, tests) wires the same way.</summary>
public static class CoreServices
{
    /// <summary>Every capability, once: a new capability is its folder (with its module) and a line here.</summary>
    public static IReadOnlyList<ICapabilityModule> Capabilities { get; } =
    [
        new Organisation.OrganisationModule(),
        new Identity.IdentityModule(),
        new Audit.AuditModule(),
        new Promises.PromisesModule(),
        new Contact.ContactModule(),
        new Calls.CallsModule(),
        new Sharing.SharingModule(),
        new Statistics.StatisticsModule(),
        new CrimeAnalysis.CrimeAnalysisModule(),
        new Retention.RetentionModule(),
        new Demo.DemoModule(),
    ];

    public static IServiceCollection AddCitizenFocusCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        foreach (var capability in Capabilities) capability.AddServices(services);
        return services;
    }
}
