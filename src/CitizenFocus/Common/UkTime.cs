using System.Globalization;

namespace CitizenFocus.Common;

/// <summary>
/// UK time, the one place the force's clock is looked up: times are stored in UTC and shown, typed, counted
/// in days and months, and put on working hours in UK time (GMT in winter, BST in summer). Pages, the API,
/// the command line and the core all convert here, so a change of rule (or of zone data) has one home.
/// Stored times of unspecified kind are taken as UTC, as the database returns them.
/// </summary>
public static class UkTime
{
    /// <summary>The IANA zone; every supported platform (Linux, macOS, Windows with ICU) resolves it.</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The UK wall-clock time of a stored UTC instant.</summary>
    public static DateTime ToUk(DateTime utc)
    {
        if (utc.Kind == DateTimeKind.Local)
            throw new ArgumentException("Times must be UTC; the server's own zone says nothing about UK time.", nameof(utc));
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
    }

    /// <summary>The UK wall-clock time of an instant, with its offset (+00:00 or +01:00).</summary>
    public static DateTimeOffset ToUk(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>
    /// The UTC instant of a UK wall-clock time. A time skipped when the clocks go forward (01:30 on the last
    /// Sunday in March) is read as the hour after it; a time that happens twice in October is read as the
    /// second (GMT), as <see cref="TimeZoneInfo"/> does.
    /// </summary>
    public static DateTime ToUtc(DateTime ukWallClock)
    {
        var local = DateTime.SpecifyKind(ukWallClock, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1);
        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    /// <summary>The UTC instant of a UK time of day on a UK calendar day.</summary>
    public static DateTime ToUtc(DateOnly day, TimeOnly time) => ToUtc(day.ToDateTime(time, DateTimeKind.Unspecified));

    /// <summary>The UTC instant at which a UK calendar day begins (midnight GMT or BST).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => ToUtc(day, TimeOnly.MinValue);

    /// <summary>The UK calendar day a stored UTC instant falls on.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToUk(utc));

    /// <summary>Today on UK clocks.</summary>
    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow().UtcDateTime);

    /// <summary>The first day of the UK calendar month a stored UTC instant falls on.</summary>
    public static DateOnly MonthOf(DateTime utc)
    {
        var day = DateOf(utc);
        return new DateOnly(day.Year, day.Month, 1);
    }

    /// <summary>The first day of this UK calendar month.</summary>
    public static DateOnly ThisMonth(TimeProvider time) => MonthOf(time.GetUtcNow().UtcDateTime);

    /// <summary>Midnight at the end of the UK day an instant falls on, as UTC: "due today" means before this.</summary>
    public static DateTime EndOfDayUtc(DateTime utc) => StartOfDayUtc(DateOf(utc).AddDays(1));

    /// <summary>For people: "25 November 2026, 2:05pm".</summary>
    public static string Format(DateTime utc)
    {
        var uk = ToUk(utc);
        return uk.ToString("d MMMM yyyy, h:mm", EnGb) + (uk.Hour < 12 ? "am" : "pm");
    }

    /// <summary>For people: "25 November 2026".</summary>
    public static string FormatDate(DateTime utc) => ToUk(utc).ToString("d MMMM yyyy", EnGb);

    /// <summary>For people, in tables: "25 Nov 2026".</summary>
    public static string FormatShortDate(DateTime utc) => ToUk(utc).ToString("d MMM yyyy", EnGb);

    /// <summary>For people: "November 2026".</summary>
    public static string FormatMonth(DateOnly month) => month.ToString("MMMM yyyy", EnGb);

    /// <summary>For a terminal, sortable: "2026-11-25 14:05:00".</summary>
    public static string FormatStamp(DateTime utc) => ToUk(utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>For files: ISO 8601 with the offset, "2026-07-01T21:30:00+01:00", unambiguous across the clock change.</summary>
    public static string FormatIso(DateTime utc) =>
        ToUk(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a time typed by a person: "2026-11-25" (a UK day: its start, or with <paramref name="endOfDay"/>
    /// the start of the next day, so that a "to" date includes that day), "2026-11-25T14:30" (UK time) or a
    /// time with an offset ("2026-11-25T14:30:00Z").
    /// </summary>
    public static bool TryParse(string text, bool endOfDay, out DateTime utc)
    {
        utc = default;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            utc = StartOfDayUtc(endOfDay ? day.AddDays(1) : day);
            return true;
        }
        if (HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            utc = withOffset.UtcDateTime;
            return true;
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var uk))
        {
            utc = ToUtc(uk);
            return true;
        }
        return false;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
