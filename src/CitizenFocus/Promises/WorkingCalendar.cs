namespace CitizenFocus.Promises;

/// <summary>
/// Adds and measures time on a standard's calendar. Around the clock is plain arithmetic; working
/// hours count only 09:00–17:00 UK time, Monday to Friday, outside bank holidays. All instants are UTC.
/// </summary>
public sealed class WorkingCalendar
{
    public static readonly TimeOnly DayStart = new(9, 0);
    public static readonly TimeOnly DayEnd = new(17, 0);
    private static readonly TimeZoneInfo London = Common.UkTime.Zone;

    private readonly CalendarKind kind;
    private readonly HashSet<DateOnly> holidays;

    public WorkingCalendar(CalendarKind kind, IEnumerable<DateOnly> bankHolidays)
    {
        this.kind = kind;
        holidays = [.. bankHolidays];
    }

    public static WorkingCalendar AroundTheClock { get; } = new(CalendarKind.AroundTheClock, []);

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>The instant when <paramref name="duration"/> of calendar time has passed after <paramref name="startUtc"/>.</summary>
    public DateTime Add(DateTime startUtc, TimeSpan duration)
    {
        if (duration < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration));
        if (kind == CalendarKind.AroundTheClock) return startUtc + duration;

        var remaining = duration;
        var day = DateOnly.FromDateTime(ToLocal(startUtc));
        var cursor = startUtc;
        // Ten years of days is far beyond any standard; the bound stops a bad holiday table looping forever.
        for (var i = 0; i < 3660; i++, day = day.AddDays(1))
        {
            if (!IsWorkingDay(day)) continue;
            var (open, close) = Window(day);
            var from = cursor > open ? cursor : open;
            if (from >= close) continue;
            var available = close - from;
            if (remaining <= available) return from + remaining;
            remaining -= available;
        }
        throw new InvalidOperationException("No working time found within ten years.");
    }

    /// <summary>Calendar time between two instants (zero when <paramref name="toUtc"/> is not after <paramref name="fromUtc"/>).</summary>
    public TimeSpan Between(DateTime fromUtc, DateTime toUtc)
    {
        if (toUtc <= fromUtc) return TimeSpan.Zero;
        if (kind == CalendarKind.AroundTheClock) return toUtc - fromUtc;

        var total = TimeSpan.Zero;
        var last = DateOnly.FromDateTime(ToLocal(toUtc));
        for (var day = DateOnly.FromDateTime(ToLocal(fromUtc)); day <= last; day = day.AddDays(1))
        {
            if (!IsWorkingDay(day)) continue;
            var (open, close) = Window(day);
            var a = fromUtc > open ? fromUtc : open;
            var b = toUtc < close ? toUtc : close;
            if (b > a) total += b - a;
        }
        return total;
    }

    /// <summary>The UK date of an instant.</summary>
    public static DateOnly UkDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>The instant a UK date begins (midnight, GMT or BST).</summary>
    public static DateTime UkMidnight(DateOnly day) => ToUtc(day.ToDateTime(TimeOnly.MinValue));

    private static (DateTime Open, DateTime Close) Window(DateOnly day) =>
        (ToUtc(day.ToDateTime(DayStart)), ToUtc(day.ToDateTime(DayEnd)));

    private static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    private static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), London);
}
