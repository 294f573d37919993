using CitizenFocus.Audit;
using CitizenFocus.Calls;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Calls;

/// <summary>One call with the caller's details. Outside the reader's scope it is "not found"; every view is audited.</summary>
public sealed class DetailsModel(ConsultCall consult) : PageModel
{
    public CallRecord Call { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
    {
        var call = await consult.HandleAsync(reference, User.GetOrgScope(), User.AuditActor(), ReadChannel.Page, ct);
        if (call is null) return NotFound();
        Call = call;
        return Page();
    }
}
