namespace CitizenFocus.Promises;

/// <summary>One period of a recurring promise: when it starts and ends, and when it must have been kept.</summary>
public readonly record struct RecurrencePeriod(DateTime Start, DateTime End, DateTime Due);

/// <summary>
/// The periods of a recurring standard. Unit standards count from <see cref="ServiceStandard.RecursFrom"/>
/// in UK dates (a calendar month begins at midnight UK time, GMT or BST); a record's series counts
/// from its own first period in whole days. A period is due at its end, or that many working days
/// after it (the end of the last of them, UK time) where the standard allows time to report.
/// </summary>
public static class RecurrencePeriods
{
    /// <summary>The unit standard's period containing <paramref name="atUtc"/>; null before its first period or when it has none.</summary>
    public static RecurrencePeriod? Containing(ServiceStandard standard, WorkingCalendar workingDays, DateTime atUtc)
    {
        if (standard.RecursFrom is not { } from || standard.Recurrence == Recurrence.None) return null;
        var index = Index(standard, Anchor(standard, from), WorkingCalendar.UkDate(atUtc));
        return index < 0 ? null : Period(standard, workingDays, index);
    }

    /// <summary>
    /// The periods the scheduler opens at <paramref name="nowUtc"/>: the current one, and the one before
    /// it (so that a scheduler that was down at a period's start still opens it, already overdue).
    /// </summary>
    public static IReadOnlyList<RecurrencePeriod> ToOpen(ServiceStandard standard, WorkingCalendar workingDays, DateTime nowUtc)
    {
        if (standard.RecursFrom is not { } from || standard.Recurrence == Recurrence.None) return [];
        var current = Index(standard, Anchor(standard, from), WorkingCalendar.UkDate(nowUtc));
        if (current < 0) return [];
        return current == 0 ? [Period(standard, workingDays, 0)] : [Period(standard, workingDays, current - 1), Period(standard, workingDays, current)];
    }

    public static RecurrencePeriod Period(ServiceStandard standard, WorkingCalendar workingDays, int index)
    {
        var anchor = Anchor(standard, standard.RecursFrom ?? throw new InvalidOperationException($"{standard.Name} has no first period."));
        var k = Math.Max(1, standard.RecurrenceInterval);
        var (startDay, endDay) = standard.Recurrence == Recurrence.Months
            ? (anchor.AddMonths(index * k), anchor.AddMonths((index + 1) * k))
            : (anchor.AddDays(index * k), anchor.AddDays((index + 1) * k));
        var end = WorkingCalendar.UkMidnight(endDay);
        return new(WorkingCalendar.UkMidnight(startDay), end, DueAfter(endDay, standard.DueWorkingDaysAfterPeriod, workingDays));
    }

    /// <summary>A record's period: <see cref="ClockSeries.IntervalDays"/> long, due at its end.</summary>
    public static RecurrencePeriod OfSeries(ClockSeries series, int index)
    {
        var start = series.PeriodStart(index);
        var end = series.PeriodStart(index + 1);
        return new(start, end, end);
    }

    private static DateOnly Anchor(ServiceStandard standard, DateOnly from) =>
        standard.Recurrence == Recurrence.Months ? new DateOnly(from.Year, from.Month, 1) : from;

    private static int Index(ServiceStandard standard, DateOnly anchor, DateOnly day)
    {
        var k = Math.Max(1, standard.RecurrenceInterval);
        var elapsed = standard.Recurrence == Recurrence.Months
            ? (day.Year - anchor.Year) * 12 + day.Month - anchor.Month
            : day.DayNumber - anchor.DayNumber;
        return (int)Math.Floor(elapsed / (double)k);
    }

    /// <summary>Midnight after the <paramref name="workingDays"/>th working day on or after <paramref name="endDay"/>; the end itself for none.</summary>
    private static DateTime DueAfter(DateOnly endDay, int workingDays, WorkingCalendar calendar)
    {
        if (workingDays <= 0) return WorkingCalendar.UkMidnight(endDay);
        var day = endDay;
        for (var counted = 0; ; day = day.AddDays(1))
            if (calendar.IsWorkingDay(day) && ++counted == workingDays)
                return WorkingCalendar.UkMidnight(day.AddDays(1));
    }
}
