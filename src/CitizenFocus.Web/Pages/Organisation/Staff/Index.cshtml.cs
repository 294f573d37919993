using CitizenFocus.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Organisation.Staff;

/// <summary>The staff directory: find a colleague by surname, full name or staff number.</summary>
public sealed class IndexModel(OrganisationQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public StaffRole? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public StaffSearchResult? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!Request.Query.ContainsKey("q")) return; // first visit: just the form
        if (string.IsNullOrWhiteSpace(Query))
        {
            ModelState.AddModelError("q", "Enter a surname, a full name or a staff number");
            return;
        }
        Result = await queries.SearchStaffAsync(Query, Role, PageNumber, ct);
    }
}
