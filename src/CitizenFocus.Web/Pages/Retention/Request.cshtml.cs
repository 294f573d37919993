using System.Text.Json;
using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Promises;
using CitizenFocus.Reporting;
using CitizenFocus.Retention;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Retention;

/// <summary>
/// One subject access request: the records found with what each holds, a reviewer's exemptions, the disclosure pack as
/// PDF and JSON, and recording that it was sent. Every view and download is a consultation in the audit trail.
/// </summary>
public sealed class RequestModel(SubjectAccess requests, TimeProvider time) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [BindProperty] public long ItemId { get; set; }
    [BindProperty] public string? Exemption { get; set; }

    public SubjectAccessView Subject { get; private set; } = null!;
    public string? Done { get; private set; }
    public DateTime NowUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync(string reference, string? done, CancellationToken ct)
    {
        Done = done;
        return await LoadAsync(reference, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetPdfAsync(string reference, CancellationToken ct)
    {
        if (await requests.PackAsync(reference, User.AuditActor(), ReadChannel.Download, ct) is not { } pack) return NotFound();
        using var buffer = new MemoryStream();
        PdfReportWriter.Write(SubjectAccess.ToReport(pack), buffer, ct);
        return File(buffer.ToArray(), "application/pdf", $"{pack.Reference}-disclosure.pdf");
    }

    public async Task<IActionResult> OnGetJsonAsync(string reference, CancellationToken ct)
    {
        if (await requests.PackAsync(reference, User.AuditActor(), ReadChannel.Download, ct) is not { } pack) return NotFound();
        return File(JsonSerializer.SerializeToUtf8Bytes(pack, Json), "application/json", $"{pack.Reference}-disclosure.json");
    }

    public async Task<IActionResult> OnPostWithholdAsync(string reference, CancellationToken ct) =>
        await AfterAsync(await requests.SetWithheldAsync(reference, ItemId, true, Exemption, User.AuditActor(), ct), reference, "withheld", ct);

    public async Task<IActionResult> OnPostGiveAsync(string reference, CancellationToken ct) =>
        await AfterAsync(await requests.SetWithheldAsync(reference, ItemId, false, null, User.AuditActor(), ct), reference, "given", ct);

    public async Task<IActionResult> OnPostSentAsync(string reference, CancellationToken ct)
    {
        var result = await requests.MarkSentAsync(reference, User.AuditActor(), ct);
        return await AfterAsync(result, reference, result.Succeeded && result.Value == ClockOutcome.Breached ? "sent-late" : "sent", ct);
    }

    private async Task<IActionResult> AfterAsync(Result result, string reference, string done, CancellationToken ct)
    {
        if (result.Succeeded) return LocalRedirect($"/SubjectAccess/{Uri.EscapeDataString(reference)}?done={done}");
        if (result.Kind == FailureKind.NotFound) return NotFound();
        ModelState.Clear();
        ModelState.AddErrors(result, field => field == "Exemption" ? $"Exemption-{ItemId}" : "");
        return await LoadAsync(reference, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken ct)
    {
        NowUtc = time.GetUtcNow().UtcDateTime;
        if (await requests.GetAsync(reference, User.AuditActor(), ReadChannel.Page, ct) is not { } request) return false;
        Subject = request;
        return true;
    }
}
