using CitizenFocus.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Organisation;

public sealed class WardModel(OrganisationQueries queries) : PageModel
{
    public WardView Ward { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var ward = await queries.WardAsync(code, ct);
        if (ward is null) return NotFound();
        Ward = ward;
        return Page();
    }
}
