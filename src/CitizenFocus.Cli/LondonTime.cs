using System.Globalization;

namespace CitizenFocus.Cli;

/// <summary>Times are stored in UTC and shown, and typed, in Europe/London.</summary>
internal static class LondonTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Format(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads "2026-11-25" (a London day: its start, or with <paramref name="endOfDay"/> the start of the
    /// next day, so that a "to" date includes that day), "2026-11-25T14:30" (London time) or a time with
    /// an offset ("2026-11-25T14:30:00Z").
    /// </summary>
    public static bool TryParse(string text, bool endOfDay, out DateTime utc)
    {
        utc = default;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var local = day.ToDateTime(TimeOnly.MinValue);
            if (endOfDay) local = local.AddDays(1);
            utc = ToUtc(local);
            return true;
        }
        if (HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            utc = withOffset.UtcDateTime;
            return true;
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var london))
        {
            utc = ToUtc(DateTime.SpecifyKind(london, DateTimeKind.Unspecified));
            return true;
        }
        return false;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');

    private static DateTime ToUtc(DateTime london) =>
        // A time skipped when the clocks go forward is read as the hour after it.
        Zone.IsInvalidTime(london) ? TimeZoneInfo.ConvertTimeToUtc(london.AddHours(1), Zone) : TimeZoneInfo.ConvertTimeToUtc(london, Zone);
}
