using CitizenFocus.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Organisation;

public sealed class BoroughModel(OrganisationQueries queries) : PageModel
{
    public BoroughView Borough { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var borough = await queries.BoroughAsync(code, ct);
        if (borough is null) return NotFound();
        Borough = borough;
        return Page();
    }
}
