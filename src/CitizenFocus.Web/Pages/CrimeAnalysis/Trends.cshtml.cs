using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Reporting;
using Microsoft.AspNetCore.Mvc;

namespace CitizenFocus.Web.Pages.CrimeAnalysis;

/// <summary>Monthly crimes on a control chart, with the months beyond its limits listed.</summary>
public sealed class TrendsModel(CrimeUnits units, TimeProvider time, TrendAnalysis analysis) : CrimePageModel(units, time)
{
    [BindProperty(SupportsGet = true)] public string? Group { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }
    [BindProperty(SupportsGet = true)] public string? Months { get; set; }
    [BindProperty(SupportsGet = true)] public string? Limits { get; set; }
    [BindProperty(SupportsGet = true)] public string? Baseline { get; set; }

    public string? ChosenGroup { get; private set; }
    public DateOnly ChosenAsOf { get; private set; }
    public int ChosenMonths { get; private set; }
    public ControlLimitMethod ChosenLimits { get; private set; }
    public int? ChosenBaseline { get; private set; }
    public TrendReport Report { get; private set; } = null!;
    public IReadOnlyList<ReportBlock> Charts { get; private set; } = [];

    public override CrimeForm Form => new("/Crime/Trends",
    [
        UnitField(),
        GroupField(nameof(Group), ChosenGroup ?? Group),
        DateField(nameof(AsOf), "Up to and including", AsOf, ChosenAsOf, "Only whole months are shown: a month counts once its last day has passed"),
        NumberField(nameof(Months), "Months", Months, ChosenMonths, "From 2 to 60"),
        new SelectField(nameof(Limits), "Control limits", Limits ?? LimitsValue(ChosenLimits),
            [new Option("three-sigma", "Three sigma (c-chart)"), new Option("exact-poisson", "Exact Poisson, 99.8%")]),
        new TextField(nameof(Baseline), "Baseline months", Shown(nameof(Baseline), Baseline, ChosenBaseline?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            "How many of the first months set the centre line; leave empty for all but the latest 12", "govuk-input--width-4", "numeric"),
    ]);

    protected override void ReadChoices()
    {
        ChosenGroup = ReadGroup(nameof(Group), Group);
        ChosenAsOf = ReadDate(nameof(AsOf), AsOf, Today, "the date");
        ChosenMonths = ReadNumber(nameof(Months), Months, TrendAnalysis.DefaultMonths, 2, 60, "the number of months");
        ChosenLimits = ControlLimitMethod.ThreeSigma;
        if (!string.IsNullOrWhiteSpace(Limits))
        {
            if (Limits.Trim().Equals("exact-poisson", StringComparison.OrdinalIgnoreCase)) ChosenLimits = ControlLimitMethod.ExactPoisson;
            else if (!Limits.Trim().Equals("three-sigma", StringComparison.OrdinalIgnoreCase)) ModelState.AddModelError(nameof(Limits), "Select three sigma or exact Poisson limits");
        }
        ChosenBaseline = string.IsNullOrWhiteSpace(Baseline) ? null : ReadNumber(nameof(Baseline), Baseline, 0, 1, 60, "the baseline months");
    }

    protected override async Task<Result> RunAsync(CancellationToken ct)
    {
        var result = await analysis.RunAsync(Chosen.Code, ChosenGroup, ChosenAsOf, ChosenMonths, ChosenLimits, ChosenBaseline, ct);
        if (!result.Succeeded) return result;
        Report = result.Value;
        var limits = Report.Limits;
        var months = Report.Months;
        var top = Math.Max(limits.Upper, months.Max(m => m.Count));
        double? Constant(double value) => value;
        var flagged = months.Count(m => m.Signal != TrendSignal.None);
        Charts =
        [
            new Chart(new TrendChart
            {
                Title = $"Crimes per month: {GroupWord()}",
                XAxisTitle = "Month",
                YAxisTitle = "Crimes",
                AltText = $"{Chosen.Name}, {GroupWord()}: crimes per calendar month from {CrimeText.Month(months[0].Month)} to {CrimeText.Month(months[^1].Month)}, " +
                    $"with the centre line at {CrimeText.Decimal(limits.Centre, 1)} and control limits from {CrimeText.Decimal(limits.Lower, 1)} to {CrimeText.Decimal(limits.Upper, 1)}. " +
                    (flagged == 0 ? "No month lies beyond the limits." : $"{CrimeText.Plural(flagged, "month lies", "months lie")} beyond the limits."),
                Months = [.. months.Select(m => m.Month.ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")))],
                Series =
                [
                    new TrendSeries("Crimes", [.. months.Select(m => (double?)m.Count)]),
                    new TrendSeries("Centre line", [.. months.Select(_ => Constant(limits.Centre))]),
                    new TrendSeries("Lower limit", [.. months.Select(_ => Constant(limits.Lower))]),
                    new TrendSeries("Upper limit", [.. months.Select(_ => Constant(limits.Upper))]),
                ],
                ValueAxis = new AxisRange(0, Math.Max(1, Math.Ceiling(top * 1.1))),
            }),
        ];
        return result;
    }

    public string GroupWord() => ChosenGroup is null ? "all crime" : Catalogue.Groups.First(g => g.Code == ChosenGroup).Name.ToLowerInvariant();

    private static string LimitsValue(ControlLimitMethod method) => method == ControlLimitMethod.ExactPoisson ? "exact-poisson" : "three-sigma";

    protected override IEnumerable<(string Name, string? Value)> QueryParts() =>
    [
        (nameof(Group), ChosenGroup), (nameof(AsOf), Iso(ChosenAsOf)), (nameof(Months), Number(ChosenMonths)), (nameof(Limits), LimitsValue(ChosenLimits)),
        (nameof(Baseline), ChosenBaseline is { } b ? Number(b) : null),
    ];

    protected override string? CsvName(string? table) =>
        table is null ? FileName("crime-trends", Chosen.Code, ChosenGroup, Iso(ChosenAsOf), Number(ChosenMonths) + "m") : null;

    protected override Task WriteCsvAsync(string? table, Stream body, CancellationToken ct) =>
        WriteTextAsync(body, writer => TrendAnalysis.WriteCsvAsync(Report, writer, ct));
}
