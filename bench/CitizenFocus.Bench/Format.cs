using System.Globalization;

namespace CitizenFocus.Bench;

/// <summary>How figures and ratios are written in the reports.</summary>
public static class Format
{
    public static string Duration(TimeSpan t) => t.TotalMinutes >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalMinutes}m {t.Seconds:D2}.{t.Milliseconds / 100}s")
        : string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:F1}s");

    public static string Rate(double perSecond) => string.Create(CultureInfo.InvariantCulture, $"{perSecond:N0}/s");

    public static string Ratio(double numerator, double denominator) =>
        denominator > 0 ? string.Create(CultureInfo.InvariantCulture, $"{numerator / denominator:F2}") : "n/a";

    public static string Ms(double ms) => string.Create(CultureInfo.InvariantCulture, $"{ms:F2}");

    public static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:N0} MB");
}
