using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenFocus.Identity;

/// <summary>
/// Staff accounts: adding and listing them. The Identity stores they use (user and role managers)
/// come from the host: the full sign-in stack on the web, <see cref="IdentityCoreSetup"/> elsewhere.
/// </summary>
public sealed class IdentityModule : ICapabilityModule
{
    public void AddServices(IServiceCollection services)
    {
        services.TryAddScoped<AddStaffUser>();
        services.TryAddScoped<ChangeStaffUser>();
        services.TryAddScoped<ImportStaff>();
        services.TryAddScoped<AcceptInvitation>();
        services.TryAddScoped<StaffUserQueries>();
    }
}
