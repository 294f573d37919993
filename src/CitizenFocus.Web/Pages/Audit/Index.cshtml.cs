using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Audit;

/// <summary>Administrators search who collected, consulted, changed, disclosed or erased personal data.</summary>
public sealed class IndexModel(AuditQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? RecordType { get; set; }
    [BindProperty(SupportsGet = true)] public string? RecordId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Page<AuditRow>? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Dates outside these years are typing mistakes, and the day after 9999-12-31 does not exist.
        if (From is { Year: < 2000 or > 2100 }) ModelState.AddModelError(nameof(From), "Enter a ‘from’ date between 2000 and 2100");
        if (To is { Year: < 2000 or > 2100 }) ModelState.AddModelError(nameof(To), "Enter a ‘to’ date between 2000 and 2100");
        if (From is { } f && To is { } t && t < f)
            ModelState.AddModelError(nameof(To), "The ‘to’ date must be the same as or after the ‘from’ date");
        if (!ModelState.IsValid) return;
        Results = await queries.SearchAsync(new AuditSearch(
            RecordType, RecordId, Actor,
            From is { } from ? UkTime.StartOfDayUtc(from) : null,
            To is { } to ? UkTime.StartOfDayUtc(to.AddDays(1)) : null,
            PageNumber), ct);
    }

    public string PageLink(int page) =>
        $"/Audit?RecordType={Uri.EscapeDataString(RecordType ?? "")}&RecordId={Uri.EscapeDataString(RecordId ?? "")}" +
        $"&Actor={Uri.EscapeDataString(Actor ?? "")}&From={From:yyyy-MM-dd}&To={To:yyyy-MM-dd}&p={page}";
}
