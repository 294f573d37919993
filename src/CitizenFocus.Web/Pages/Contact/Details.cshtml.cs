using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Contact;
using CitizenFocus.Promises;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Contact;

/// <summary>
/// One message with the sender's details and its clock, and the four things staff do with it: reply,
/// wait for the citizen, record the citizen's answer, give it to someone else. Outside the reader's
/// scope it is "not found"; every view is audited.
/// </summary>
public sealed class DetailsModel(
    ConsultMessage consult, ReplyToMessage reply, AwaitCitizen awaitCitizen, CitizenResponded responded, AssignMessage assign,
    TimeProvider time) : PageModel
{
    [BindProperty] public string? Method { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? Explanation { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int? AssigneeId { get; set; }

    public MessageRecord Message { get; private set; } = null!;
    public DateTime NowUtc { get; private set; }
    public string? Done { get; private set; }

    /// <summary>Replying now would break the promise, so the citizen is owed an explanation.</summary>
    public bool Late => Message.BreachedAt is not null || (Message.ClockStatus == ClockStatus.Running && Message.DueAt < NowUtc);

    public async Task<IActionResult> OnGetAsync(string reference, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(reference, ct)) return NotFound();
        Done = done switch
        {
            "met" => "Reply recorded. The message was answered within 24 hours.",
            "late" => "Reply recorded. The message was answered late; the explanation is kept with the breach.",
            "waiting" => "The clock has stopped while you wait for the citizen.",
            "resumed" => "The clock is running again with the time it had left.",
            "assigned" => "The message has a new holder.",
            "logged" => "Message logged. The 24-hour clock has started.",
            _ => null,
        };
        AssigneeId = Message.AssigneeMemberId;
        return Page();
    }

    public async Task<IActionResult> OnPostReplyAsync(string reference, CancellationToken ct)
    {
        var result = await reply.HandleAsync(new ReplyToMessageRequest(reference, EnumInput.Parse<ReplyMethod>(Method), Summary, Explanation),
            User.GetOrgScope(), User.AuditActor(), ct);
        return await AfterAsync(result, reference, result.Succeeded && result.Value == ClockOutcome.Breached ? "late" : "met", ct);
    }

    public async Task<IActionResult> OnPostAwaitAsync(string reference, CancellationToken ct) =>
        await AfterAsync(await awaitCitizen.HandleAsync(reference, Note, User.GetOrgScope(), User.AuditActor(), ct), reference, "waiting", ct);

    public async Task<IActionResult> OnPostRespondedAsync(string reference, CancellationToken ct) =>
        await AfterAsync(await responded.HandleAsync(reference, User.GetOrgScope(), User.AuditActor(), ct), reference, "resumed", ct);

    public async Task<IActionResult> OnPostAssignAsync(string reference, CancellationToken ct) =>
        await AfterAsync(await assign.HandleAsync(reference, AssigneeId, User.GetOrgScope(), User.AuditActor(), ct), reference, "assigned", ct);

    private async Task<IActionResult> AfterAsync(Result result, string reference, string done, CancellationToken ct)
    {
        if (result.Succeeded) return LocalRedirect($"/Messages/{Uri.EscapeDataString(reference)}?done={done}");
        if (result.Kind == FailureKind.NotFound) return NotFound();
        ModelState.Clear();
        // A clash with the message's state (already answered) concerns the whole page, not a field.
        ModelState.AddErrors(result, field => field == "Reference" ? "" : field);
        return await LoadAsync(reference, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken ct)
    {
        NowUtc = time.GetUtcNow().UtcDateTime;
        var message = await consult.HandleAsync(reference, User.GetOrgScope(), User.AuditActor(), ReadChannel.Page, ct);
        if (message is null) return false;
        Message = message;
        return true;
    }
}
