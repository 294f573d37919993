using System.Globalization;

namespace CitizenFocus.Reporting;

/// <summary>One way of writing numbers in data tables, so the PDF and the pages agree to the digit.</summary>
internal static class ChartNumbers
{
    public const string Missing = "no data";

    public static string Value(double? value, int decimals, string? missing = null) =>
        value is { } v && double.IsFinite(v)
            ? v.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : missing ?? Missing;

    public static string Count(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
