using CitizenFocus.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Organisation;

public sealed class IndexModel(OrganisationQueries queries) : PageModel
{
    public ForceView Force { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var force = await queries.ForceAsync(ct);
        if (force is null) return NotFound();
        Force = force;
        return Page();
    }
}
