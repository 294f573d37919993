using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Reporting;
using Microsoft.AspNetCore.Mvc;

namespace CitizenFocus.Web.Pages.CrimeAnalysis;

/// <summary>Crimes by hour of day and day of week on London clocks, as a heat table and a chart by hour.</summary>
public sealed class TemporalModel(CrimeUnits units, TimeProvider time, TemporalAnalysis analysis) : CrimePageModel(units, time)
{
    public static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    [BindProperty(SupportsGet = true)] public string? Group { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }
    [BindProperty(SupportsGet = true)] public string? Months { get; set; }

    public string? ChosenGroup { get; private set; }
    public DateOnly ChosenAsOf { get; private set; }
    public int ChosenMonths { get; private set; }
    public TemporalReport Report { get; private set; } = null!;
    public IReadOnlyList<ReportBlock> Charts { get; private set; } = [];

    public override CrimeForm Form => new("/Crime/Temporal",
    [
        UnitField(),
        GroupField(nameof(Group), ChosenGroup ?? Group),
        DateField(nameof(AsOf), "Up to and including", AsOf, ChosenAsOf),
        NumberField(nameof(Months), "Months", Months, ChosenMonths, "From 1 to 36"),
    ]);

    protected override void ReadChoices()
    {
        ChosenGroup = ReadGroup(nameof(Group), Group);
        ChosenAsOf = ReadDate(nameof(AsOf), AsOf, Today, "the date");
        ChosenMonths = ReadNumber(nameof(Months), Months, TemporalAnalysis.DefaultMonths, 1, 36, "the number of months");
    }

    protected override async Task<Result> RunAsync(CancellationToken ct)
    {
        var result = await analysis.RunAsync(Chosen.Code, ChosenGroup, ChosenAsOf, ChosenMonths, ct);
        if (!result.Succeeded) return result;
        Report = result.Value;
        Max = Report.Counts.Cast<int>().DefaultIfEmpty(0).Max();
        var byHour = Enumerable.Range(0, 24).Select(HourTotal).ToList();
        var busiest = byHour.IndexOf(byHour.Max());
        Charts =
        [
            new Chart(new BarChart
            {
                Title = $"Crimes by hour of the day: {Chosen.Name}",
                XAxisTitle = "Hour (London time)",
                YAxisTitle = "Crimes",
                AltText = $"{CrimeText.Plural(Report.Total, "crime", "crimes")} ({GroupWord()}) in {Chosen.Name}, {CrimeText.Period(Report.Period)}, by the hour they were committed. " +
                    (Report.Total == 0 ? "There were none." : $"The busiest hour is {Hour(busiest)} with {CrimeText.Count(byHour[busiest])}."),
                Bars = [.. byHour.Select((n, h) => new BarItem(Hour(h), n))],
                Decimals = 0,
            }),
        ];
        return result;
    }

    public int HourTotal(int hour) => Enumerable.Range(0, 7).Sum(d => Report.Counts[hour, d]);

    public int DayTotal(int day) => Enumerable.Range(0, 24).Sum(h => Report.Counts[h, day]);

    /// <summary>The busiest hour-and-day cell's count.</summary>
    public int Max { get; private set; }

    /// <summary>0 for none, then 1 to 4 by quarters of the busiest cell.</summary>
    public int Heat(int count) => count == 0 || Max == 0 ? 0 : Math.Min(4, 1 + (int)(4.0 * (count - 1) / Max));

    public static string Hour(int hour) => $"{hour:00}:00";

    public string GroupWord() => ChosenGroup is null ? "all crime" : Catalogue.Groups.First(g => g.Code == ChosenGroup).Name.ToLowerInvariant();

    protected override IEnumerable<(string Name, string? Value)> QueryParts() =>
        [(nameof(Group), ChosenGroup), (nameof(AsOf), Iso(ChosenAsOf)), (nameof(Months), Number(ChosenMonths))];

    protected override string? CsvName(string? table) =>
        table is null ? FileName("crime-temporal", Chosen.Code, ChosenGroup, Iso(ChosenAsOf), Number(ChosenMonths) + "m") : null;

    protected override Task WriteCsvAsync(string? table, Stream body, CancellationToken ct) =>
        WriteTextAsync(body, writer => TemporalAnalysis.WriteCsvAsync(Report, writer, ct));
}
