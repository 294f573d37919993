using CitizenFocus.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Identity;

/// <summary>
/// Identity without sign-in (user and role managers over the EF stores), for hosts that manage
/// accounts but do not authenticate: the command line, and tests. The account use cases that run
/// over them come from <see cref="IdentityModule"/>, with the rest of <see cref="CoreServices.AddCitizenFocusCore"/>.
/// </summary>
public static class IdentityCoreSetup
{
    public static IServiceCollection AddCitizenFocusIdentityCore(this IServiceCollection services)
    {
        services.AddLogging();
        services.AddIdentityCore<StaffUser>(ApplyAccountPolicy)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CitizenFocusDb>();
        return services;
    }

    /// <summary>
    /// The one account policy: password rules, lockout and unique e-mail. The web host applies
    /// the same, so an account made on the command line signs in under the rules it was made by.
    /// </summary>
    public static void ApplyAccountPolicy(IdentityOptions o)
    {
        o.Password.RequiredLength = 12;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = true;
    }
}
