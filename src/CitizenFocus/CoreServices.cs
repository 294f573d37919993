using CitizenFocus.Audit;
using CitizenFocus.Calls;
using CitizenFocus.Contact;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Demo;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Statistics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenFocus;

/// <summary>The use cases and queries every host (web, command line, tests) wires the same way.</summary>
public static class CoreServices
{
    /// <summary>Every capability, once: a new capability is its folder (with its module) and a line here.</summary>
    public static IReadOnlyList<ICapabilityModule> Capabilities { get; } =
    [
        new OrganisationModule(),
        new IdentityModule(),
        new AuditModule(),
        new PromisesModule(),
        new ContactModule(),
        new CallsModule(),
        new StatisticsModule(),
        new CrimeAnalysisModule(),
        new DemoModule(),
    ];

    public static IServiceCollection AddCitizenFocusCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        foreach (var capability in Capabilities) capability.AddServices(services);
        return services;
    }
}
