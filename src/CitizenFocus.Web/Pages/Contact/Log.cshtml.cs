using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.Contact;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Contact;

/// <summary>Staff log a message that came by telephone, voicemail, letter, email or in person, for a team in their scope.</summary>
public sealed class LogModel(LogMessage logMessage, TeamsInScope teams, TimeProvider time) : PageModel
{
    /// <summary>The channels staff type in; the web form logs itself.</summary>
    public static readonly MessageChannel[] Channels =
        [MessageChannel.Phone, MessageChannel.Voicemail, MessageChannel.Email, MessageChannel.Letter, MessageChannel.InPerson];

    [BindProperty] public string? TeamSlug { get; set; }
    [BindProperty] public string? Channel { get; set; }
    [BindProperty] public string? ReceivedDate { get; set; }
    [BindProperty] public string? ReceivedTime { get; set; }
    [BindProperty] public string? CitizenName { get; set; }
    [BindProperty] public string? PreferredReply { get; set; }
    [BindProperty] public string? CitizenEmail { get; set; }
    [BindProperty] public string? CitizenPhone { get; set; }
    [BindProperty] public string? CitizenAddress { get; set; }
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? IdempotencyKey { get; set; }

    public IReadOnlyList<TeamsInScope.Choice> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Teams = await teams.ListAsync(User.GetOrgScope(), ct);
        if (Teams.Count == 1) TeamSlug = Teams[0].Slug;
        IdempotencyKey = Guid.NewGuid().ToString("N");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Teams = await teams.ListAsync(User.GetOrgScope(), ct);
        var receivedAt = ReadReceivedAt();
        if (!string.IsNullOrEmpty(TeamSlug) && Teams.All(t => t.Slug != TeamSlug))
            ModelState.AddModelError(nameof(TeamSlug), "Select a team in your area");
        var channel = EnumInput.Parse<MessageChannel>(Channel);
        var request = new LogMessageRequest(TeamSlug ?? "", channel is { } c && Channels.Contains(c) ? c : (MessageChannel)(-1),
            CitizenName, CitizenEmail, CitizenPhone, CitizenAddress, EnumInput.Parse<ReplyMethod>(PreferredReply), Subject, Body,
            receivedAt, IdempotencyKey, IdempotencyScopes.StaffForm);

        if (string.IsNullOrEmpty(TeamSlug)) ModelState.AddModelError(nameof(TeamSlug), "Select the team the message is for");
        // Check every field before anything is stored, so that all errors show at once.
        var errors = LogMessage.Validate(request, time.GetUtcNow().UtcDateTime);
        if (!ModelState.IsValid || errors.Count > 0)
        {
            if (errors.Count > 0) ModelState.AddErrors(Result.Invalid(errors), Rename);
            return Page();
        }

        var result = await logMessage.HandleAsync(request, User.AuditActor(), ct);
        if (result.Succeeded) return LocalRedirect($"/Messages/{Uri.EscapeDataString(result.Value.Reference)}?done=logged");
        if (result.Kind == FailureKind.Unprocessable)
        {
            // Sent before with other details: nothing typed is lost; a new key lets it be logged as a new message.
            IdempotencyKey = Guid.NewGuid().ToString("N");
            ModelState.AddModelError(nameof(Body), "This form was already sent with a different message. Check the message and log it again");
            return Page();
        }
        ModelState.AddErrors(result, field => field == "Team" ? nameof(TeamSlug) : Rename(field));
        return Page();
    }

    private static string Rename(string field) => field == nameof(LogMessageRequest.ReceivedAt) ? nameof(ReceivedDate) : field;

    /// <summary>The UK date and time typed in, as UTC; now when both are blank.</summary>
    private DateTime? ReadReceivedAt()
    {
        if (string.IsNullOrWhiteSpace(ReceivedDate) && string.IsNullOrWhiteSpace(ReceivedTime)) return null;
        if (!DateOnly.TryParseExact(ReceivedDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            ModelState.AddModelError(nameof(ReceivedDate), "Enter the date the message arrived, like 25/11/2026");
            return null;
        }
        var at = TimeOnly.MinValue;
        if (!string.IsNullOrWhiteSpace(ReceivedTime)
            && !TimeOnly.TryParseExact(ReceivedTime.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            ModelState.AddModelError(nameof(ReceivedTime), "Enter the time the message arrived, like 14:30");
            return null;
        }
        return UkTime.ToUtc(day, at);
    }
}
