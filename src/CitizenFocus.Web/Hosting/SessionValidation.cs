using System.Globalization;
using System.Security.Claims;
using CitizenFocus.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CitizenFocus.Web.Hosting;

/// <summary>
/// Checks a session cookie on the server at every request, so that a cookie is only as good as the account behind
/// it now: the account's security stamp must still match (sign-out, a password change, a change of role or scope
/// and disabling all change it, ending every session of the account at its next request), and the session must be
/// within its absolute lifetime from sign-in. The idle limit is the cookie's own sliding expiry.
/// </summary>
public static class SessionValidation
{
    /// <summary>When the user signed in (UTC ticks): kept across the principal's refreshes, unlike the ticket's issue time.</summary>
    public const string SignedInAt = "cf:signed_in_at";

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        // Identity's own validator refreshes the claims (roles, scope) every minute.
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal?.Identity?.IsAuthenticated != true) return;

        var services = context.HttpContext.RequestServices;
        // The stamp itself is compared at every request: a changed stamp ends the session now, not in a minute.
        if (await services.GetRequiredService<SignInManager<StaffUser>>().ValidateSecurityStampAsync(context.Principal) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        var limits = services.GetRequiredService<IOptions<SessionOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var signedIn = context.Principal.FindFirstValue(SignedInAt) is { } text
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : (DateTimeOffset?)null;
        if (signedIn is null || now - signedIn.Value > TimeSpan.FromHours(limits.AbsoluteHours))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>The refreshed principal keeps the time of the original sign-in.</summary>
    public static Task KeepSignInTime(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(SignedInAt) is { } original && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            foreach (var claim in identity.FindAll(SignedInAt).ToList()) identity.RemoveClaim(claim);
            identity.AddClaim(new Claim(SignedInAt, original.Value));
        }
        return Task.CompletedTask;
    }

    /// <summary>Ends every session of the account at its next request.</summary>
    public static Task EndSessionsAsync(UserManager<StaffUser> users, StaffUser user) => users.UpdateSecurityStampAsync(user);
}
