using CitizenFocus.Data;
using CitizenFocus.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CitizenFocus.Web.Hosting;

public static class IdentitySetup
{
    /// <summary>Identity with hashed passwords and lockout, the scope-carrying cookie, and the role policies several capabilities share.</summary>
    public static WebApplicationBuilder AddCitizenFocusIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddIdentity<StaffUser, IdentityRole>(IdentityCoreSetup.ApplyAccountPolicy)
            .AddEntityFrameworkStores<CitizenFocusDb>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "citizenfocus";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(9);
            o.SlidingExpiration = true;
            // APIs answer with status codes, not redirects to the sign-in page.
            o.Events.OnRedirectToLogin = ctx => RedirectOrStatus(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => RedirectOrStatus(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status403Forbidden);
        });

        builder.Services.AddSingleton<IAuthorizationHandler, InScopeHandler>();
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Staff, p => p.RequireRole(Policies.StaffRoles))
            .AddPolicy(Policies.PersonalRecords, p => p.RequireRole(Roles.PersonalRecordRoles))
            .AddPolicy(Policies.Administration, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.Partners, p => p.RequireRole(Roles.PartnerAgencyUser))
            .AddPolicy(Policies.Compliance, p => p.RequireRole(Policies.ComplianceRoles))
            .AddPolicy(Policies.InScope, p => p.AddRequirements(new InScopeRequirement()));
        return builder;
    }

    private static Task RedirectOrStatus(HttpContext context, string redirectUri, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}
