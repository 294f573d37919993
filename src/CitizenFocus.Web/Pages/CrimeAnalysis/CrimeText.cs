using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis.Analyses;

namespace CitizenFocus.Web.Pages.CrimeAnalysis;

/// <summary>How the crime analysis pages write numbers, dates and periods.</summary>
public static class CrimeText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Count(long value) => value.ToString("N0", EnGb);

    /// <summary>"+12.5%", "−3.0%"; "new" when there was nothing to compare with.</summary>
    public static string PercentChange(double? value) => value is { } v
        ? (v > 0 ? "+" : v < 0 ? "−" : "") + Math.Abs(v).ToString("0.0", EnGb) + "%"
        : "no crimes before";

    public static string Change(long value) => (value > 0 ? "+" : value < 0 ? "−" : "") + Math.Abs(value).ToString("N0", EnGb);

    public static string Share(double value) => (value * 100).ToString("0", EnGb) + "%";

    /// <summary>p-values to three decimals, the smallest as "&lt; 0.001".</summary>
    public static string P(double value) => value < 0.001 ? "< 0.001" : value.ToString("0.000", EnGb);

    public static string Decimal(double? value, int places = 2) =>
        value is { } v && double.IsFinite(v) ? v.ToString("N" + places.ToString(CultureInfo.InvariantCulture), EnGb) : "–";

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", EnGb);

    public static string Month(DateOnly month) => month.ToString("MMMM yyyy", EnGb);

    public static string Period(AnalysisPeriod period) => $"{Date(period.From)} to {Date(period.To)}";

    /// <summary>A stored UTC time as a London date.</summary>
    public static string Day(DateTime utc) => UkTime.FormatShortDate(utc);

    public static string Position(double latitude, double longitude) =>
        string.Create(CultureInfo.InvariantCulture, $"{latitude:0.0000}, {longitude:0.0000}");

    public static string Plural(long count, string one, string many) => $"{Count(count)} {(count == 1 ? one : many)}";
}
