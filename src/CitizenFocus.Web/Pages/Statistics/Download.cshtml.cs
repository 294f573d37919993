using CitizenFocus.Common;
using CitizenFocus.Reporting;
using CitizenFocus.Statistics.Performance;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Statistics;

/// <summary>
/// The unit's pack as a PDF, or the figures of every unit at its level as CSV. Heavy work: drawing a pack's
/// charts takes seconds of CPU, so a reader makes one at a time, within the time budget.
/// </summary>
[HeavyWork]
public sealed class DownloadModel(PackPage pages, PerformanceQueries queries, TimeProvider time) : PageModel
{
    /// <summary>Nothing is loaded yet: the page says so.</summary>
    public bool NothingLoaded { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? level, string? unit, string? period, string? format, CancellationToken ct)
    {
        if (await pages.NothingLoadedAsync(ct))
        {
            NothingLoaded = true;
            return Page();
        }
        var selection = await pages.ReadAsync(User, level, unit, period, ct);
        if (selection is null) return NotFound();
        var name = $"performance-{selection.Unit.Code}-{selection.Period.Month:yyyy-MM}".ToLowerInvariant();
        var buffer = new MemoryStream();
        if (format == "csv")
        {
            var results = selection.Engine.Results(selection.Unit.Level, selection.Period).Where(r => r.Unit.Id == selection.Unit.Id);
            await PackCsv.WriteAsync(buffer, results, ct);
            return File(buffer.ToArray(), "text/csv; charset=utf-8", name + ".csv");
        }
        if (format != "pdf") return BadRequest();
        var pack = PackReport.Build(selection.Engine, selection.Unit, selection.Period, await queries.ComplianceForAsync(selection.Unit, selection.Period, ct));
        PdfReportWriter.Write(PackReport.ToReport(pack, UkTime.Format(time.GetUtcNow().UtcDateTime)), buffer, ct);
        return File(buffer.ToArray(), "application/pdf", name + ".pdf");
    }
}
