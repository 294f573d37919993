using CitizenFocus.Calls;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Calls;

public sealed class IndexModel(CallQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public CallList List { get; private set; } = new([], 1, false);

    public async Task OnGetAsync(CancellationToken ct) =>
        List = await queries.RecentAsync(User.GetOrgScope(), PageNumber, ct);
}
