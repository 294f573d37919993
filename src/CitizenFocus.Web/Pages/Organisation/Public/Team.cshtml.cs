using CitizenFocus.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Organisation.Public;

/// <summary>A team's public page (Pledge point 2): who they are, where to find them, their ward, and how to contact them.</summary>
public sealed class TeamModel(OrganisationQueries queries) : PageModel
{
    public TeamView Team { get; private set; } = null!;
    public WardView? Ward { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var team = await queries.TeamAsync(slug, ct);
        if (team is null) return NotFound();
        Team = team;
        Ward = team.WardCode is null ? null : await queries.WardAsync(team.WardCode, ct);
        return Page();
    }
}
