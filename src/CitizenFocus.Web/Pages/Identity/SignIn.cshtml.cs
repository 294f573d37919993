using System.ComponentModel.DataAnnotations;
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
public sealed class SignInModel(SignInManager<StaffUser> signIn, CitizenFocusDb db) : PageModel
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

    /// <summary>Listed only when the database holds a generated demo force.</summary>
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
        var result = await signIn.PasswordSignInAsync(Email!, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        ModelState.AddModelError(nameof(Email), result.IsLockedOut
            ? "This account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator"
            : "Enter a correct email address and password");
        await LoadDemoAccountsAsync();
        return Page();
    }

    private async Task LoadDemoAccountsAsync()
    {
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
