using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.Organisation;
using CsvHelper;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>How the analyses write CSV: invariant numbers, ISO dates, London times with their offset, lists joined by "; ".</summary>
internal static class AnalysisCsv
{
    public static async Task WriteAsync(TextWriter writer, string[] header, IEnumerable<string[]> rows, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        await csv.WriteRecordAsync(header, ct);
        foreach (var row in rows) await csv.WriteRecordAsync(row, ct);
        await csv.FlushAsync(ct);
    }

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("0.######", CultureInfo.InvariantCulture) : "";

    /// <summary>Six significant figures, so that a tiny p-value keeps its size (1.2E-30, not 0).</summary>
    public static string PValue(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A stored UTC time as London time with its offset, e.g. 2026-07-01T21:30:00+01:00.</summary>
    public static string Time(DateTime utc) => UkTime.FormatIso(utc);

    public static string List(IEnumerable<string> items) => string.Join("; ", items);

    public static string Level(OrgLevel level) => level.ToString().ToLowerInvariant();
}
