using CitizenFocus.Contact;
using CitizenFocus.Organisation;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CitizenFocus.Web.Pages.Contact.Public;

/// <summary>
/// "Contact your team" (Pledge point 4). The form carries a one-time key made when it is shown, so
/// sending it twice (a double click, a refresh after a slow response) logs one message.
/// </summary>
[EnableRateLimiting(RateLimitOptions.PublicPolicy)]
public sealed class ContactModel(OrganisationQueries queries, LogMessage logMessage) : PageModel
{
    public const string Actor = "public";

    // Named as LogMessageRequest's properties, so that its field errors land on these inputs.
    [BindProperty] public string? CitizenName { get; set; }
    [BindProperty] public string? PreferredReply { get; set; }
    [BindProperty] public string? CitizenEmail { get; set; }
    [BindProperty] public string? CitizenPhone { get; set; }
    [BindProperty] public string? CitizenAddress { get; set; }
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? IdempotencyKey { get; set; }

    public TeamView Team { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (!await LoadTeamAsync(slug, ct)) return NotFound();
        IdempotencyKey = NewKey();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        var request = new LogMessageRequest(slug, MessageChannel.WebForm, CitizenName, CitizenEmail, CitizenPhone, CitizenAddress,
            EnumInput.Parse<ReplyMethod>(PreferredReply), Subject, Body, IdempotencyKey: string.IsNullOrWhiteSpace(IdempotencyKey) ? NewKey() : IdempotencyKey,
            IdempotencyScope: IdempotencyScopes.PublicForm);
        var result = await logMessage.HandleAsync(request, Actor, ct);
        if (result.Succeeded)
            return LocalRedirect($"/teams/{Uri.EscapeDataString(slug)}/contact/sent/{Uri.EscapeDataString(result.Value.Reference)}");
        if (result.Kind == Common.FailureKind.NotFound) return NotFound();

        ModelState.Clear();
        if (result.Kind == Common.FailureKind.Unprocessable)
        {
            // This form was sent before with other words (the browser's back button, then an edit): keep
            // what was typed, give the form a new key and ask for it to be sent again.
            IdempotencyKey = NewKey();
            ModelState.AddModelError(nameof(Body), AlreadySent);
        }
        else ModelState.AddErrors(result);
        if (!await LoadTeamAsync(slug, ct)) return NotFound();
        return Page();
    }

    public const string AlreadySent = "This form was already sent with a different message. Check your message and send it again";

    private static string NewKey() => Guid.NewGuid().ToString("N");

    private async Task<bool> LoadTeamAsync(string slug, CancellationToken ct)
    {
        var team = await queries.TeamAsync(slug, ct);
        if (team is null) return false;
        Team = team;
        return true;
    }
}
