using CitizenFocus.Audit;
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

        builder.Services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var sessions = builder.Configuration.GetSection(SessionOptions.Section).Get<SessionOptions>() ?? new SessionOptions();
        var production = builder.Environment.IsProduction();
        // SessionValidation compares the stamp at every request; Identity's validator refreshes the claims each minute.
        builder.Services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, time) =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.TimeProvider = time;
            o.OnRefreshingPrincipal = SessionValidation.KeepSignInTime;
        });
        builder.Services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider>((o, time) => o.TimeProvider = time);
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.AccessDeniedPath = "/Account/AccessDenied";
            // __Host-: only over HTTPS, for this host alone, for the whole site (Production runs behind HTTPS).
            o.Cookie.Name = production ? "__Host-citizenfocus" : "citizenfocus";
            o.Cookie.Path = "/";
            o.Cookie.HttpOnly = true;
            // Strict: a link from another site arrives without the cookie, so it cannot open a record (and write a
            // consultation to the audit trail) in the user's name.
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = production ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            // The idle limit: the ticket expires this long after its last renewal, checked on the server.
            o.ExpireTimeSpan = TimeSpan.FromMinutes(sessions.IdleMinutes);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = SessionValidation.ValidatePrincipalAsync;
            // APIs answer with status codes, not redirects to the sign-in page.
            o.Events.OnRedirectToLogin = ctx => RedirectOrStatus(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status401Unauthorized);
            // A signed-in user refused by role or scope is a security event, written before the answer.
            o.Events.OnRedirectToAccessDenied = async ctx =>
            {
                await ctx.HttpContext.RequestServices.GetRequiredService<SecurityEvents>().WriteAsync(AuditAction.RefusedForRole,
                    ctx.HttpContext.User.Identity?.Name ?? "", ctx.HttpContext, "the account's role or scope does not allow this", ctx.HttpContext.RequestAborted);
                await RedirectOrStatus(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status403Forbidden);
            };
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
