using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Organisation;
using CitizenFocus.Reporting;
using CitizenFocus.Statistics;
using Microsoft.AspNetCore.Mvc;

namespace CitizenFocus.Web.Pages.CrimeAnalysis;

/// <summary>Year-to-date crimes per crime group for a unit (or the units of a level within it) against last year.</summary>
public sealed class YearToDateModel(CrimeUnits units, TimeProvider time, YearToDateAnalysis analysis) : CrimePageModel(units, time)
{
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Group { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }

    public OrgLevel ChosenLevel { get; private set; }
    public string? ChosenGroup { get; private set; }
    public DateOnly ChosenAsOf { get; private set; }
    public IReadOnlyList<YearToDateRow> Rows { get; private set; } = [];
    public IReadOnlyList<ReportBlock> Charts { get; private set; } = [];

    public override CrimeForm Form => new("/Crime/YearToDate",
    [
        UnitField(),
        new SelectField(nameof(Level), "Figures for", Level ?? ChosenLevel.ToString().ToLowerInvariant(),
            [.. Enum.GetValues<OrgLevel>().Select(l => new Option(l.ToString().ToLowerInvariant(), l switch
            {
                OrgLevel.Force => "The force",
                OrgLevel.Area => "Each area",
                OrgLevel.Borough => "Each borough",
                _ => "Each ward",
            }))], "At or below the unit chosen"),
        GroupField(nameof(Group), ChosenGroup ?? Group, "All crime groups"),
        DateField(nameof(AsOf), "Up to and including", AsOf, ChosenAsOf),
    ]);

    protected override void ReadChoices()
    {
        ChosenLevel = Chosen.Level;
        if (!string.IsNullOrWhiteSpace(Level))
        {
            if (ReadLevel(Level) is { } level) ChosenLevel = level;
            else ModelState.AddModelError(nameof(Level), "Select force, area, borough or ward");
        }
        ChosenGroup = ReadGroup(nameof(Group), Group);
        ChosenAsOf = ReadDate(nameof(AsOf), AsOf, Today, "the date");
    }

    protected override async Task<Result> RunAsync(CancellationToken ct)
    {
        var result = await analysis.RunAsync(ChosenLevel, Chosen.Code, ChosenGroup, ChosenAsOf, ct);
        if (!result.Succeeded) return result;
        Rows = result.Value;
        var units = Rows.Select(r => r.UnitCode).Distinct().Count();
        if (ChosenGroup is null && units > 1)
        {
            // The chart is of the unit itself, group by group; its table still lists every unit of the level.
            var own = await analysis.RunAsync(Chosen.Level, Chosen.Code, null, ChosenAsOf, ct);
            if (own.Succeeded) Charts = Chart(own.Value, byUnit: false);
        }
        else
        {
            Charts = Chart(Rows, byUnit: units > 1);
        }
        return result;
    }

    private IReadOnlyList<ReportBlock> Chart(IReadOnlyList<YearToDateRow> rows, bool byUnit)
    {
        var bars = rows.Where(r => r.Comparison.PercentChange is not null)
            .Select(r => new BarItem(byUnit ? r.UnitName : r.GroupName, Math.Round(r.Comparison.PercentChange!.Value, 1))).ToList();
        if (bars.Count == 0) return [];
        var rise = bars.MaxBy(b => b.Value)!;
        var fall = bars.MinBy(b => b.Value)!;
        var what = byUnit ? $"{rows[0].GroupName.ToLowerInvariant()} by {ChosenLevel.ToString().ToLowerInvariant()}" : "by crime group";
        return
        [
            new Chart(new HorizontalBarChart
            {
                Title = $"Change on last year: {what}",
                XAxisTitle = "Change on the same days last year (%)",
                YAxisTitle = byUnit ? "Unit" : "Crime group",
                AltText = $"{Chosen.Name}: percentage change in crimes from 1 April to {CrimeText.Date(ChosenAsOf)} against the same days a year earlier. " +
                    $"Largest rise: {rise.Label}, {CrimeText.PercentChange(rise.Value)}. Largest fall or smallest rise: {fall.Label}, {CrimeText.PercentChange(fall.Value)}.",
                Bars = bars,
                Order = BarOrder.Descending,
                ReferenceLine = 0,
                ReferenceLabel = "No change",
            }),
        ];
    }

    protected override IEnumerable<(string Name, string? Value)> QueryParts() =>
        [(nameof(Level), ChosenLevel.ToString().ToLowerInvariant()), (nameof(Group), ChosenGroup), (nameof(AsOf), Iso(ChosenAsOf))];

    protected override string? CsvName(string? table) =>
        table is null ? FileName("crime-ytd", Chosen.Code, ChosenLevel.ToString(), ChosenGroup, Iso(ChosenAsOf)) : null;

    protected override Task WriteCsvAsync(string? table, Stream body, CancellationToken ct) =>
        WriteTextAsync(body, writer => YearToDateAnalysis.WriteCsvAsync(Rows, writer, ct));
}
