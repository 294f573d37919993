using System.ComponentModel.DataAnnotations;
using CitizenFocus.Audit;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using CitizenFocus.Web.Hosting;

namespace CitizenFocus.Web.Pages.Identity;

[EnableRateLimiting(RateLimitOptions.SignInPolicy)]
public sealed class SignInModel(
    SignInManager<StaffUser> signIn, UserManager<StaffUser> users, UnknownAccountLockout unknown, SecurityEvents events,
    IWebHostEnvironment environment, CitizenFocusDb db) : PageModel
{
    public sealed record DemoAccount(string Email, string Name, string Role);

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Listed only in Development, and only when the database holds a generated demo force.</summary>
    public IReadOnlyList<DemoAccount> DemoAccounts { get; private set; } = [];

    public string DemoPassword => Demo.DemoGenerator.DemoPassword;

    public async Task OnGetAsync() => await LoadDemoAccountsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadDemoAccountsAsync();
            return Page();
        }
        // The same work and the same words whether or not the account exists (no account discovery).
        var typed = Email!.Trim();
        var user = await users.FindByEmailAsync(typed);
        bool succeeded, lockedOut;
        if (user is null)
        {
            lockedOut = unknown.IsLockedOut(typed) || unknown.Fail(typed, Password!);
            succeeded = false;
        }
        else
        {
            var result = await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);
            (succeeded, lockedOut) = (result.Succeeded, result.IsLockedOut);
        }
        await events.WriteAsync(succeeded ? AuditAction.SignedIn : lockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed, typed, HttpContext,
            succeeded ? null : lockedOut ? "the account is locked after too many failed attempts" : "wrong e-mail address or password",
            HttpContext.RequestAborted);
        if (succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        ModelState.AddModelError(nameof(Email), lockedOut
            ? "This account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator"
            : "Enter a correct email address and password");
        await LoadDemoAccountsAsync();
        return Page();
    }

    private async Task LoadDemoAccountsAsync()
    {
        // Demo accounts and their shared password are for trying the product on one's own machine, never a server.
        if (!environment.IsDevelopment()) return;
        DemoAccounts = await db.Users.AsNoTracking().Where(u => u.IsDemo).OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Email, u.DisplayName,
                Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
            })
            .Select(u => new DemoAccount(u.Email!, u.DisplayName, u.Role ?? ""))
            .ToListAsync();
    }
}
