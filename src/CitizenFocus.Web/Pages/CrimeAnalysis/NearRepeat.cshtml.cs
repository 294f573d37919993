using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CitizenFocus.Web.Pages.CrimeAnalysis;

/// <summary>
/// The Knox near-repeat test on the force's own crimes of one type in a unit and period. A GET form: running
/// the test changes nothing, and the same choices and seed always give the same table.
/// </summary>
[HeavyWork]
public sealed class NearRepeatModel(CrimeUnits units, TimeProvider time, NearRepeatAnalysis analysis) : CrimePageModel(units, time)
{
    /// <summary>The page's limit; more permutations only refine p-values already below 0.001.</summary>
    public const int MaxPermutations = 999;

    public const string DefaultDistanceBands = "0,1,101,201,301,401";
    public const string DefaultTimeBands = "0,7,14,21,28";
    public const string DefaultType = "Residential burglary";

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? DistanceBands { get; set; }
    [BindProperty(SupportsGet = true)] public string? TimeBands { get; set; }
    [BindProperty(SupportsGet = true)] public string? Metric { get; set; }
    [BindProperty(SupportsGet = true)] public string? Permutations { get; set; }
    [BindProperty(SupportsGet = true)] public string? Seed { get; set; }

    public IReadOnlyList<string> Types { get; private set; } = [];
    public string ChosenType { get; private set; } = DefaultType;
    public AnalysisPeriod Period { get; private set; } = null!;
    public NearRepeatParameters Parameters { get; private set; } = null!;
    public NearRepeatRun Run { get; private set; } = null!;

    public override CrimeForm Form => new("/Crime/NearRepeat",
    [
        UnitField(),
        new SelectField(nameof(Type), "Crime type", ChosenType, [.. Types.Select(t => new Option(t, t))]),
        DateField(nameof(From), "From", From, Period.From),
        DateField(nameof(To), "To", To, Period.To),
        new TextField(nameof(DistanceBands), "Distance bands (metres)", Shown(nameof(DistanceBands), DistanceBands, string.Join(",", Parameters.DistanceBands.Select(Text))),
            "Boundaries going up, separated by commas: 0,1,101 makes the bands 0 to 1 m (the same place) and 1 to 101 m", "govuk-input--width-20"),
        new TextField(nameof(TimeBands), "Time bands (days)", Shown(nameof(TimeBands), TimeBands, string.Join(",", Parameters.TimeBands)),
            "Boundaries going up, separated by commas: 0,7,14 makes the bands 0 to 7 days and 7 to 14 days", "govuk-input--width-20"),
        new SelectField(nameof(Metric), "Distance measured", MetricValue(Parameters.Metric),
            [new Option("manhattan", "Along a street grid (Manhattan)"), new Option("euclidean", "In a straight line")]),
        NumberField(nameof(Permutations), "Permutations", Permutations, Parameters.Permutations, $"From 1 to {MaxPermutations}: 999 gives p-values in steps of 0.001"),
        NumberField(nameof(Seed), "Seed", Seed, Parameters.Seed, "The same seed gives the same result"),
    ], "Run the test");

    protected override async Task LoadAsync(CancellationToken ct) => Types = await Units.CrimeTypesAsync(ct);

    protected override void ReadChoices()
    {
        if (!string.IsNullOrWhiteSpace(Type))
        {
            var type = Types.FirstOrDefault(t => string.Equals(t, Type.Trim(), StringComparison.OrdinalIgnoreCase));
            if (type is null) ModelState.AddModelError(nameof(Type), "Select a crime type from the list");
            else ChosenType = type;
        }
        else if (!Types.Contains(ChosenType) && Types.Count > 0)
        {
            ChosenType = Types[0];
        }

        var to = ReadDate(nameof(To), To, Today, "the last date");
        var from = ReadDate(nameof(From), From, to.AddYears(-1).AddDays(1), "the first date");
        if (ModelState.IsValid && from > to) ModelState.AddModelError(nameof(To), "The last date must be the same as or after the first date");
        else if (ModelState.IsValid && to.DayNumber - from.DayNumber >= 3 * 366) ModelState.AddModelError(nameof(To), "Choose a period of at most three years");
        Period = new AnalysisPeriod(from <= to ? from : to, to);

        var distances = Bands<double>(nameof(DistanceBands), DistanceBands, DefaultDistanceBands, "metres", s =>
            double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (double?)null);
        var times = Bands<int>(nameof(TimeBands), TimeBands, DefaultTimeBands, "whole days", s =>
            int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) ? t : (int?)null);
        var metric = DistanceMetric.Manhattan;
        if (!string.IsNullOrWhiteSpace(Metric))
        {
            if (Enum.TryParse<DistanceMetric>(Metric.Trim(), ignoreCase: true, out var m) && Enum.IsDefined(m) && !int.TryParse(Metric, out _)) metric = m;
            else ModelState.AddModelError(nameof(Metric), "Select along a street grid or in a straight line");
        }
        var permutations = ReadNumber(nameof(Permutations), Permutations, MaxPermutations, 1, MaxPermutations, "the permutations");
        var seed = ReadNumber(nameof(Seed), Seed, NearRepeatParameters.DefaultSeed, 0, int.MaxValue, "the seed");

        Parameters = new NearRepeatParameters(distances ?? Parse<double>(DefaultDistanceBands), times ?? Parse<int>(DefaultTimeBands), metric, permutations, seed);
        // Bands that could not be read were replaced by the defaults above, and already carry their error.
        foreach (var error in Parameters.Validate())
            if (ModelState.ErrorFor(error.Field) is null) ModelState.AddModelError(error.Field, error.Message);
    }

    protected override async Task<Result> RunAsync(CancellationToken ct)
    {
        var result = await analysis.RunAsync(Chosen.Code, ChosenType, Period, Parameters, ct);
        if (result.Succeeded) Run = result.Value;
        return result;
    }

    /// <summary>Boundaries from a comma-separated list; null (and an error against the field) when any is not a number.</summary>
    private List<T>? Bands<T>(string field, string? typed, string fallback, string unit, Func<string, T?> parse) where T : struct
    {
        var text = string.IsNullOrWhiteSpace(typed) ? fallback : typed;
        var parts = text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = parts.Select(parse).ToList();
        if (values.Count > 0 && values.All(v => v is not null)) return [.. values.Select(v => v!.Value)];
        ModelState.AddModelError(field, $"Enter the boundaries in {unit}, going up and separated by commas, like {fallback}");
        return null;
    }

    private static List<T> Parse<T>(string text) where T : IParsable<T> =>
        [.. text.Split(',').Select(s => T.Parse(s, CultureInfo.InvariantCulture))];

    public static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string MetricValue(DistanceMetric metric) => metric.ToString().ToLowerInvariant();

    protected override IEnumerable<(string Name, string? Value)> QueryParts() =>
    [
        (nameof(Type), ChosenType), (nameof(From), Iso(Period.From)), (nameof(To), Iso(Period.To)),
        (nameof(DistanceBands), string.Join(",", Parameters.DistanceBands.Select(Text))), (nameof(TimeBands), string.Join(",", Parameters.TimeBands)),
        (nameof(Metric), MetricValue(Parameters.Metric)), (nameof(Permutations), Number(Parameters.Permutations)), (nameof(Seed), Number(Parameters.Seed)),
    ];

    protected override string? CsvName(string? table) =>
        table is null ? FileName("crime-near-repeat", Chosen.Code, ChosenType, Iso(Period.From), Iso(Period.To)) : null;

    protected override Task WriteCsvAsync(string? table, Stream body, CancellationToken ct) => NearRepeatReport.WriteCsvAsync(Run.Result, body, ct);
}
