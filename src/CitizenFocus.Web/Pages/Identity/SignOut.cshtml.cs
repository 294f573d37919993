using CitizenFocus.Audit;
using CitizenFocus.Identity;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Identity;

/// <summary>
/// Signing out is a POST with the antiforgery token, so no link can sign a user out. It ends the session on the
/// server too: the account's security stamp changes, so a copy of the old cookie is refused at its next request.
/// </summary>
public sealed class SignOutModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, SecurityEvents events) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await SessionValidation.EndSessionsAsync(users, user);
            await events.WriteAsync(AuditAction.SignedOut, user.Email ?? user.Id, HttpContext, null, ct);
        }
        await signIn.SignOutAsync();
        return RedirectToPage("/Identity/SignIn");
    }
}
