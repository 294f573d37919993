using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.CrimeAnalysis;

/// <summary>
/// The police.uk open data held: for each force, the months from its first to its last with the crimes held in
/// each, and the months missing (no file imported), so that nobody reads a gap as a month without crime. Open data
/// is public, so every reader of the crime pages sees every force.
/// </summary>
public sealed class OpenDataModel(OpenDataCoverage coverage) : PageModel
{
    public IReadOnlyList<OpenDataForceCoverage> Forces { get; private set; } = [];

    public string Month(DateOnly month) => UkTime.FormatMonth(month);

    public string Updated(DateTime utc) => UkTime.FormatDate(utc);

    public async Task OnGetAsync(CancellationToken ct) => Forces = await coverage.LoadAsync(ct);
}
