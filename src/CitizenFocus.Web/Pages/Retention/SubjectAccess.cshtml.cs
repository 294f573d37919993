using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Retention;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Retention;

/// <summary>The subject access requests, soonest due first, and the form that logs a new one (and searches at once).</summary>
public sealed class SubjectAccessModel(SubjectAccess requests, TimeProvider time) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? RecordKey { get; set; }
    [BindProperty(Name = "ReceivedOn-day")] public string? Day { get; set; }
    [BindProperty(Name = "ReceivedOn-month")] public string? Month { get; set; }
    [BindProperty(Name = "ReceivedOn-year")] public string? Year { get; set; }

    public IReadOnlyList<SubjectAccessSummary> Requests { get; private set; } = [];
    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var received = DateFields.Read(Day, Month, Year);
        if (received is null && !DateFields.Blank(Day, Month, Year))
            ModelState.AddModelError("ReceivedOn", "The date received must be a real date, like 27 3 2026");
        var result = ModelState.IsValid
            ? await requests.OpenAsync(new OpenSubjectAccessInput(Name, Phone, Email, Address, RecordKey, received), User.AuditActor(), ReadChannel.Page, ct)
            : null;
        if (result is { Succeeded: true }) return LocalRedirect($"/SubjectAccess/{Uri.EscapeDataString(result.Value)}?done=logged");
        if (result is not null) ModelState.AddErrors(result);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        NowUtc = time.GetUtcNow().UtcDateTime;
        Requests = await requests.ListAsync(ct);
    }
}
