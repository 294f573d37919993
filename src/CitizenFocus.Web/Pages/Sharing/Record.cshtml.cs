using CitizenFocus.Audit;
using CitizenFocus.Calls;
using CitizenFocus.Contact;
using CitizenFocus.Identity;
using CitizenFocus.Sharing;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Sharing;

/// <summary>
/// A record shared with the reader's partner agency, read-only: what it is, why it was shared, and the
/// person's details only where a disclosure to the agency is recorded. A record not shared with the
/// agency is "not found", like one that does not exist. Every view is audited.
/// </summary>
public sealed class RecordModel(ConsultCall calls, ConsultMessage messages, SharingQueries sharing) : PageModel
{
    public CallRecord? Call { get; private set; }
    public MessageRecord? Message { get; private set; }
    public ShareView Share { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string type, string reference, CancellationToken ct)
    {
        var scope = User.GetOrgScope();
        var recordType = SharedRecords.TypeOf(type);
        if (recordType is null) return NotFound();
        // Ask for the share first: the consultation below is logged only for a record the agency may open.
        if (await sharing.ShareAsync(scope, recordType, reference, ct) is not { } share) return NotFound();
        Share = share;
        if (recordType == RecordPlaces.Call) Call = await calls.HandleAsync(reference, scope, User.AuditActor(), ReadChannel.Page, ct);
        else Message = await messages.HandleAsync(reference, scope, User.AuditActor(), ReadChannel.Page, ct);
        return Call is null && Message is null ? NotFound() : Page();
    }
}
