using System.Globalization;

namespace CitizenFocus.Web.Pages.Shared;

/// <summary>The GOV.UK date input's three boxes (day, month, year) read as one date.</summary>
public static class DateFields
{
    /// <summary>Whether all three boxes are empty (the question left unanswered).</summary>
    public static bool Blank(string? day, string? month, string? year) =>
        string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year);

    /// <summary>The date the boxes give, or null when they do not make a real date from the year 2000 on.</summary>
    public static DateOnly? Read(string? day, string? month, string? year) =>
        int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && y is >= 2000 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d) : null;
}
