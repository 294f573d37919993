using CitizenFocus.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Organisation;

public sealed class BelowEstablishmentModel(OrganisationQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Borough { get; set; }

    public IReadOnlyList<BelowEstablishmentRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await queries.BelowEstablishmentAsync(Borough, ct);
}
