using CitizenFocus.Common;
using CitizenFocus.Sharing;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Sharing;

/// <summary>
/// Staff share a call or message in their scope with a partner agency, and disclose the person's details
/// to an agency it is shared with, each with the reason recorded. Outside the reader's scope the record is
/// "not found". The page shows no personal details, so opening it is not a consultation.
/// </summary>
public sealed class ShareModel(SharingQueries sharing, ShareWithPartner share, DiscloseToPartner disclose) : PageModel
{
    [BindProperty] public int? ShareAgencyId { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int? DiscloseAgencyId { get; set; }
    [BindProperty] public string? Justification { get; set; }

    public ShareableRecord Record { get; private set; } = null!;
    public IReadOnlyList<ShareView> Shares { get; private set; } = [];
    public IReadOnlyList<PartnerAgencyView> Agencies { get; private set; } = [];
    public string? Done { get; private set; }

    /// <summary>"call" or "message", for sentences and addresses.</summary>
    public string Word => SharedRecords.Word(Record.RecordType);

    public string RecordHref => Record.RecordType == CitizenFocus.Identity.RecordPlaces.Call
        ? "/Calls/" + Uri.EscapeDataString(Record.RecordId) : "/Messages/" + Uri.EscapeDataString(Record.RecordId);

    public async Task<IActionResult> OnGetAsync(string type, string reference, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(type, reference, ct)) return NotFound();
        Done = done switch
        {
            "shared" => $"The {Word} is shared. The agency's users can now open it, without the person's details.",
            "disclosed" => "The person's details are disclosed to the agency. The disclosure is recorded in the audit trail.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostShareAsync(string type, string reference, CancellationToken ct)
    {
        var result = await share.HandleAsync(new ShareWithPartnerRequest(type, reference, ShareAgencyId, Reason),
            User.GetOrgScope(), User.AuditActor(), ct);
        return await AfterAsync(result, type, reference, "shared", f => f == nameof(ShareWithPartnerRequest.PartnerAgencyId) ? nameof(ShareAgencyId) : f, ct);
    }

    public async Task<IActionResult> OnPostDiscloseAsync(string type, string reference, CancellationToken ct)
    {
        var result = await disclose.HandleAsync(new DiscloseToPartnerRequest(type, reference, DiscloseAgencyId, Justification),
            User.GetOrgScope(), User.AuditActor(), ct);
        return await AfterAsync(result, type, reference, "disclosed", f => f == nameof(DiscloseToPartnerRequest.PartnerAgencyId) ? nameof(DiscloseAgencyId) : f, ct);
    }

    private async Task<IActionResult> AfterAsync(Result result, string type, string reference, string done, Func<string, string> field, CancellationToken ct)
    {
        if (result.Succeeded)
            return LocalRedirect($"/Sharing/{Uri.EscapeDataString(type.ToLowerInvariant())}/{Uri.EscapeDataString(reference)}/Share?done={done}");
        if (result.Kind is FailureKind.NotFound or FailureKind.Forbidden) return NotFound();
        ModelState.Clear();
        ModelState.AddErrors(result, field);
        return await LoadAsync(type, reference, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string type, string reference, CancellationToken ct)
    {
        if (SharedRecords.TypeOf(type) is not { } recordType) return false;
        if (await sharing.RecordAsync(User.GetOrgScope(), recordType, reference, ct) is not { } record) return false;
        Record = record;
        Shares = await sharing.SharesOfAsync(recordType, reference, ct);
        Agencies = await sharing.AgenciesForAsync(record.BoroughId, ct);
        return true;
    }
}
