using System.Globalization;

namespace CitizenFocus.Web.Pages.Shared;

/// <summary>Time to a deadline in plain words: "3 hours 20 minutes left", "overdue by 1 day 2 hours".</summary>
public static class TimeLeft
{
    public static string Describe(DateTime dueUtc, DateTime nowUtc)
    {
        var left = dueUtc - nowUtc;
        return left >= TimeSpan.Zero ? $"{Span(left)} left" : $"overdue by {Span(-left)}";
    }

    /// <summary>
    /// Two units, rounded down: hours and minutes under two days ("24 hours", "5 hours 20 minutes"),
    /// days and hours beyond ("3 days 2 hours"), "less than a minute" at the end.
    /// </summary>
    public static string Span(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(1)) return "less than a minute";
        var parts = new List<string>();
        if (span.TotalHours >= 48)
        {
            parts.Add(Unit(span.Days, "day"));
            if (span.Hours > 0) parts.Add(Unit(span.Hours, "hour"));
        }
        else
        {
            var hours = (int)span.TotalHours;
            if (hours > 0) parts.Add(Unit(hours, "hour"));
            if (span.Minutes > 0) parts.Add(Unit(span.Minutes, "minute"));
        }
        return string.Join(' ', parts);
    }

    private static string Unit(int count, string unit) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + unit + (count == 1 ? "" : "s");
}
