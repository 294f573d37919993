using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// Writes a near-repeat result as CSV (one row per cell) or JSON (the parameters and the cells),
/// with the same snake_case names in both; the JSON also gives the number of events and of pairs
/// within the largest distance band. Expected counts and ratios have at most six decimals;
/// p-values are written in full, so that 1 ÷ (N + 1) reads back exactly.
/// </summary>
public static class NearRepeatReport
{
    public static readonly IReadOnlyList<string> CsvHeader =
        ["distance_from", "distance_to", "time_from", "time_to", "observed", "expected", "ratio", "p_value"];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static async Task WriteCsvAsync(NearRepeatResult result, Stream destination, CancellationToken ct = default)
    {
        await using var csv = CsvWriter.Create(destination, CsvWriterOptions.Default, leaveOpen: true);
        await csv.WriteRecordAsync([.. CsvHeader], ct);
        foreach (var cell in result.Cells)
            await csv.WriteRecordAsync(
            [
                Number(cell.DistanceFrom), Number(cell.DistanceTo),
                cell.TimeFrom.ToString(CultureInfo.InvariantCulture), cell.TimeTo.ToString(CultureInfo.InvariantCulture),
                cell.Observed.ToString(CultureInfo.InvariantCulture),
                Fraction(cell.Expected), cell.Ratio is { } ratio ? Fraction(ratio) : "",
                Number(cell.PValue),
            ], ct);
        await csv.FlushAsync(ct);
    }

    public static async Task WriteJsonAsync(NearRepeatResult result, Stream destination, CancellationToken ct = default)
    {
        var p = result.Parameters;
        var document = new JsonReport(
            new JsonParameters([.. p.DistanceBands], [.. p.TimeBands], p.Metric, p.Permutations, p.Seed),
            result.Events, result.Pairs,
            [.. result.Cells.Select(c => new JsonCell(c.DistanceFrom, c.DistanceTo, c.TimeFrom, c.TimeTo, c.Observed,
                Math.Round(c.Expected, 6), c.Ratio is { } r ? Math.Round(r, 6) : null, c.PValue))]);
        await JsonSerializer.SerializeAsync(destination, document, Json, ct);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Fraction(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private sealed record JsonReport(JsonParameters Parameters, int Events, long Pairs, IReadOnlyList<JsonCell> Cells);

    private sealed record JsonParameters(
        IReadOnlyList<double> DistanceBands, IReadOnlyList<int> TimeBands,
        DistanceMetric Metric, int Permutations, int Seed);

    private sealed record JsonCell(
        double DistanceFrom, double DistanceTo, int TimeFrom, int TimeTo, long Observed,
        double Expected, double? Ratio, double PValue);
}
