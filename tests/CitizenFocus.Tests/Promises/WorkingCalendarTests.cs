using CitizenFocus.Promises;

namespace CitizenFocus.Tests.Promises;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Working = new(CalendarKind.WorkingHours, EnglandAndWalesBankHolidays.All.Select(b => b.Date));

    private static DateTime Utc(int y, int mo, int d, int h, int mi = 0) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    [Fact]
    public void Around_the_clock_adds_plain_hours_across_a_weekend()
    {
        var friday = Utc(2026, 11, 27, 16);
        Assert.Equal(Utc(2026, 11, 28, 16), WorkingCalendar.AroundTheClock.Add(friday, TimeSpan.FromHours(24)));
    }

    [Fact]
    public void Working_hours_skip_the_weekend()
    {
        // Friday 27 November 2026, 16:00 GMT, plus 2 working hours: 1 hour on Friday, 1 on Monday from 09:00.
        var due = Working.Add(Utc(2026, 11, 27, 16), TimeSpan.FromHours(2));
        Assert.Equal(Utc(2026, 11, 30, 10), due);
        Assert.Equal(TimeSpan.FromHours(2), Working.Between(Utc(2026, 11, 27, 16), due));
    }

    [Fact]
    public void Working_hours_skip_christmas_and_the_substitute_boxing_day()
    {
        // Thursday 24 December 2026 16:00; Friday 25 and Monday 28 December are bank holidays in 2026.
        var due = Working.Add(Utc(2026, 12, 24, 16), TimeSpan.FromHours(8));
        Assert.Equal(Utc(2026, 12, 29, 16), due);
        Assert.Equal(TimeSpan.FromHours(8), Working.Between(Utc(2026, 12, 24, 16), due));
    }

    [Fact]
    public void Working_hours_follow_british_summer_time()
    {
        // In June, 09:00 London is 08:00 UTC. A message at 07:00 UTC on Monday 15 June 2026 starts counting at 08:00 UTC.
        Assert.Equal(Utc(2026, 6, 15, 9), Working.Add(Utc(2026, 6, 15, 7), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Time_outside_working_hours_does_not_count()
    {
        Assert.Equal(TimeSpan.Zero, Working.Between(Utc(2026, 11, 28, 10), Utc(2026, 11, 29, 20)));
        Assert.Equal(TimeSpan.FromHours(8), Working.Between(Utc(2026, 11, 30, 0), Utc(2026, 12, 1, 0)));
    }
}
