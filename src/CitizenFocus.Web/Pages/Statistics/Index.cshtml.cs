using CitizenFocus.Statistics.Performance;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Statistics;

/// <summary>
/// The monthly performance pack for one unit: the headline scorecard with grades, then for each headline
/// its trend, peers, funnel plot, drivers and equality gaps, and compliance with the service standards.
/// Figures are aggregates, so league tables name every unit of the level; the pack itself is only
/// opened for units inside the reader's scope.
/// </summary>
public sealed class IndexModel(PackPage pages, PerformanceQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }

    public PackPage.Selection Selection { get; private set; } = null!;
    public PackView Pack { get; private set; } = null!;
    public IReadOnlyList<PackUnit> Choosable { get; private set; } = [];
    public (PackPage.Selection Selection, IReadOnlyList<PackUnit> Choosable, string Action) Picker => (Selection, Choosable, "/Performance");

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
        if (selection is null) return NotFound();
        Selection = selection;
        Choosable = PackPage.Choosable(selection.Engine.Data, User.GetOrgScope());
        Pack = PackReport.Build(selection.Engine, selection.Unit, selection.Period,
            await queries.ComplianceForAsync(selection.Unit, selection.Period, ct));
        return Page();
    }
}
