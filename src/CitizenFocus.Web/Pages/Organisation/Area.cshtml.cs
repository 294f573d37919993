using CitizenFocus.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Organisation;

public sealed class AreaModel(OrganisationQueries queries) : PageModel
{
    public AreaView Area { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var area = await queries.AreaAsync(code, ct);
        if (area is null) return NotFound();
        Area = area;
        return Page();
    }
}
