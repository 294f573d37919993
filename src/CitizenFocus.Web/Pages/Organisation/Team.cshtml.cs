using CitizenFocus.Common;
using CitizenFocus.Organisation;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Organisation;

public sealed class TeamModel(OrganisationQueries queries, ConfirmTeamDetails confirm) : PageModel
{
    public TeamView Team { get; private set; } = null!;

    /// <summary>Sergeants and inspectors responsible for the team confirm its published details.</summary>
    public bool CanConfirm { get; private set; }

    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, bool? confirmed, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        Confirmed = confirmed == true;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string slug, CancellationToken ct)
    {
        if (!Policies.TeamDetailsRoles.Any(User.IsInRole)) return Forbid();
        var result = await confirm.HandleAsync(slug, User.GetOrgScope(), User.AuditActor(), ct);
        if (result.Succeeded) return LocalRedirect($"/Organisation/Teams/{Uri.EscapeDataString(slug)}?confirmed=true");
        return result.Kind switch
        {
            FailureKind.NotFound => NotFound(),
            FailureKind.Forbidden => Forbid(),
            _ => await ShowErrorsAsync(slug, result, ct),
        };
    }

    private async Task<IActionResult> ShowErrorsAsync(string slug, Result result, CancellationToken ct)
    {
        ModelState.AddErrors(result, _ => "");
        return await LoadAsync(slug, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        var team = await queries.TeamAsync(slug, ct);
        if (team is null) return false;
        Team = team;
        CanConfirm = Policies.TeamDetailsRoles.Any(User.IsInRole) && await confirm.AllowedAsync(slug, User.GetOrgScope(), ct);
        return true;
    }
}
