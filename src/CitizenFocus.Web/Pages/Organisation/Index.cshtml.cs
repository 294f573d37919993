using CitizenFocus.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Organisation;

public sealed class IndexModel(OrganisationQueries queries) : PageModel
{
    /// <summary>Null before the force's organisation is loaded: the page says so.</summary>
    public ForceView? Force { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Force = await queries.ForceAsync(ct);
        return Page();
    }
}
