using CitizenFocus.Identity;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CitizenFocus.Web.Pages.Identity;

/// <summary>A new account sets its password with the one-time link the staff import sent it; then it signs in as any account.</summary>
[EnableRateLimiting(RateLimitOptions.SignInPolicy)]
public sealed class SetPasswordModel(AcceptInvitation invitations) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Confirm { get; set; }

    /// <summary>The account the link is for; null when the link is unknown, used or out of date.</summary>
    public string? Email { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Email = await invitations.EmailForAsync(Token, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await invitations.HandleAsync(Token, Password, Confirm, ct);
        if (result.Succeeded) return LocalRedirect("/Account/SignIn?password=set");
        ModelState.Clear();
        ModelState.AddErrors(result);
        Email = await invitations.EmailForAsync(Token, ct);
        return Page();
    }
}
