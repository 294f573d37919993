using CitizenFocus.Statistics.Performance;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Statistics;

/// <summary>
/// What explains a headline figure for a unit: its component measures, the key-driver analysis, the
/// equality gaps and the unit's compliance with the service standards, side by side.
/// </summary>
public sealed class DiagnosticsModel(PackPage pages, PerformanceQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public string? Indicator { get; set; }

    public PackView Pack { get; private set; } = null!;
    public HeadlineView Headline { get; private set; } = null!;

    /// <summary>Nothing is loaded yet: the page says so.</summary>
    public bool NothingLoaded { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await pages.NothingLoadedAsync(ct))
        {
            NothingLoaded = true;
            return Page();
        }
        var selection = await pages.ReadAsync(User, Level, Unit, Period, ct);
        if (selection is null || Indicator is null) return NotFound();
        Pack = PackReport.Build(selection.Engine, selection.Unit, selection.Period,
            await queries.ComplianceForAsync(selection.Unit, selection.Period, ct));
        var headline = Pack.Headline(Indicator);
        if (headline is null) return NotFound();
        Headline = headline;
        return Page();
    }
}
