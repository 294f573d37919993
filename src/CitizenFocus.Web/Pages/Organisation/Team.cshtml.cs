using CitizenFocus.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Organisation;

public sealed class TeamModel(OrganisationQueries queries) : PageModel
{
    public TeamView Team { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var team = await queries.TeamAsync(slug, ct);
        if (team is null) return NotFound();
        Team = team;
        return Page();
    }
}
