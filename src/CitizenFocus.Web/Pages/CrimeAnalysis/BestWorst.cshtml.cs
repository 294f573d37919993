using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Organisation;
using CitizenFocus.Reporting;
using CitizenFocus.Statistics;
using Microsoft.AspNetCore.Mvc;

namespace CitizenFocus.Web.Pages.CrimeAnalysis;

/// <summary>The boroughs or wards with the largest falls and rises in each crime group over the last 12 weeks.</summary>
public sealed class BestWorstModel(CrimeUnits units, TimeProvider time, BestWorstAnalysis analysis) : CrimePageModel(units, time)
{
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Group { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }

    public OrgLevel ChosenLevel { get; private set; }
    public string? ChosenGroup { get; private set; }
    public DateOnly ChosenAsOf { get; private set; }
    public IReadOnlyList<BestWorstRow> Rows { get; private set; } = [];
    public IReadOnlyList<ReportBlock> Charts { get; private set; } = [];

    public override CrimeForm Form => new("/Crime/BestWorst",
    [
        UnitField("Force, area or borough"),
        new SelectField(nameof(Level), "Rank", Level ?? ChosenLevel.ToString().ToLowerInvariant(),
            [new Option("borough", "Boroughs"), new Option("ward", "Wards")]),
        GroupField(nameof(Group), ChosenGroup ?? Group, "All crime groups"),
        DateField(nameof(AsOf), "12 weeks up to and including", AsOf, ChosenAsOf),
    ]);

    protected override void ReadChoices()
    {
        ChosenLevel = Chosen.Level < OrgLevel.Borough ? OrgLevel.Borough : OrgLevel.Ward;
        if (!string.IsNullOrWhiteSpace(Level))
        {
            if (ReadLevel(Level) is OrgLevel.Borough or OrgLevel.Ward) ChosenLevel = ReadLevel(Level)!.Value;
            else ModelState.AddModelError(nameof(Level), "Select boroughs or wards");
        }
        ChosenGroup = ReadGroup(nameof(Group), Group);
        ChosenAsOf = ReadDate(nameof(AsOf), AsOf, Today, "the date");
    }

    protected override async Task<Result> RunAsync(CancellationToken ct)
    {
        var result = await analysis.RunAsync(Chosen.Code, ChosenLevel, ChosenGroup, ChosenAsOf, ct);
        if (!result.Succeeded) return result;
        Rows = result.Value;
        if (ChosenGroup is not null)
        {
            var bars = Rows.Where(r => r.Comparison.PercentChange is not null)
                .Select(r => new BarItem($"{r.Unit.Name} ({r.Position.ToString().ToLowerInvariant()} {r.Rank})", Math.Round(r.Comparison.PercentChange!.Value, 1)))
                .ToList();
            if (bars.Count > 0)
                Charts =
                [
                    new Chart(new HorizontalBarChart
                    {
                        Title = $"Best and worst {ChosenLevel.ToString().ToLowerInvariant()}s: {Rows[0].GroupName.ToLowerInvariant()}",
                        XAxisTitle = "Change on the 12 weeks before (%)",
                        YAxisTitle = ChosenLevel == OrgLevel.Borough ? "Borough" : "Ward",
                        AltText = $"Percentage change in {Rows[0].GroupName.ToLowerInvariant()} over the 12 weeks to {CrimeText.Date(ChosenAsOf)} against the 12 weeks before, " +
                            $"for the {bars.Count} {ChosenLevel.ToString().ToLowerInvariant()}s with the largest falls and rises.",
                        Bars = bars,
                        Order = BarOrder.Ascending,
                        ReferenceLine = 0,
                        ReferenceLabel = "No change",
                    }),
                ];
        }
        return result;
    }

    protected override IEnumerable<(string Name, string? Value)> QueryParts() =>
        [(nameof(Level), ChosenLevel.ToString().ToLowerInvariant()), (nameof(Group), ChosenGroup), (nameof(AsOf), Iso(ChosenAsOf))];

    protected override string? CsvName(string? table) =>
        table is null ? FileName("crime-best-worst", Chosen.Code, ChosenLevel.ToString(), ChosenGroup, Iso(ChosenAsOf)) : null;

    protected override Task WriteCsvAsync(string? table, Stream body, CancellationToken ct) =>
        WriteTextAsync(body, writer => BestWorstAnalysis.WriteCsvAsync(Rows, writer, ct));
}
