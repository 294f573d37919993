using CitizenFocus.Common;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>When crimes happen in the week: counts by hour of day and day of week on London clocks.</summary>
public static class TemporalProfile
{
    /// <summary>
    /// A 24 × 7 matrix of counts, [hour, day], hour 0–23 and day 0 = Monday to 6 = Sunday, after converting
    /// each UTC time to UK time so that a crime at 20:30 UTC in July counts at 21:00–22:00 as people
    /// there lived it. Times of unspecified kind are taken as UTC (as the database returns them); local
    /// times are refused, since the server's zone says nothing about where the crime happened.
    /// </summary>
    public static int[,] HourByWeekday(IEnumerable<DateTime> utcTimes)
    {
        ArgumentNullException.ThrowIfNull(utcTimes);
        var counts = new int[24, 7];
        foreach (var time in utcTimes)
        {
            if (time.Kind == DateTimeKind.Local) throw new ArgumentException("Times must be UTC; a local time cannot be placed on London clocks.", nameof(utcTimes));
            var london = UkTime.ToUk(time);
            counts[london.Hour, MondayFirst(london.DayOfWeek)]++;
        }
        return counts;
    }

    /// <summary>The column of a day in <see cref="HourByWeekday"/>: Monday 0 to Sunday 6.</summary>
    public static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;
}
