using CitizenFocus.Promises;

namespace CitizenFocus.Tests.Promises;

public sealed class ClockTests
{
    private static readonly DateTime Start = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    private static readonly ServiceStandard Standard = new()
    {
        Id = 1, Code = "T", Name = "Reply within 24 hours", Target = TimeSpan.FromHours(24),
        Calendar = CalendarKind.AroundTheClock, WarningFraction = 0.75, PauseAllowed = true,
    };

    private static Clock NewClock() =>
        Clock.Start(Standard, WorkingCalendar.AroundTheClock, new ClockSubject("Message", "M1", 1, 1, 1, 1), Start);

    [Fact]
    public void Start_sets_the_warning_at_three_quarters_and_the_deadline_at_the_target()
    {
        var clock = NewClock();
        Assert.Equal(Start.AddHours(18), clock.WarnAt);
        Assert.Equal(Start.AddHours(24), clock.DueAt);
        Assert.Equal(clock.WarnAt, clock.NextDueAt);
        Assert.Equal(ClockStatus.Running, clock.Status);
    }

    [Fact]
    public void Pause_stops_the_clock_and_resume_keeps_the_time_that_was_left()
    {
        var clock = NewClock();
        clock.Pause(Standard, WorkingCalendar.AroundTheClock, Start.AddHours(10));
        Assert.Null(clock.NextDueAt);
        clock.Resume(WorkingCalendar.AroundTheClock, Start.AddHours(30));
        Assert.Equal(Start.AddHours(44), clock.DueAt);
        Assert.Equal(Start.AddHours(38), clock.WarnAt);
        Assert.Equal(clock.WarnAt, clock.NextDueAt);
    }

    [Fact]
    public void Ending_before_the_deadline_meets_the_standard()
    {
        var clock = NewClock();
        Assert.Equal(ClockOutcome.Met, clock.End(Start.AddHours(23)));
        Assert.Null(clock.BreachedAt);
        Assert.Null(clock.NextDueAt);
    }

    [Fact]
    public void Ending_after_the_deadline_breaches_at_the_deadline_with_the_explanation()
    {
        var clock = NewClock();
        Assert.Equal(ClockOutcome.Breached, clock.End(Start.AddHours(25), "late", "Officer was on leave; sorry"));
        Assert.Equal(Start.AddHours(24), clock.BreachedAt);
        Assert.Equal("Officer was on leave; sorry", clock.Explanation);
    }

    [Fact]
    public void A_paused_clock_does_not_breach_while_the_citizen_is_awaited()
    {
        var clock = NewClock();
        clock.Pause(Standard, WorkingCalendar.AroundTheClock, Start.AddHours(2));
        Assert.Equal(ClockOutcome.Met, clock.End(Start.AddHours(100)));
    }

    [Fact]
    public void An_overdue_clock_cannot_pause()
    {
        var clock = NewClock();
        Assert.Throws<InvalidOperationException>(() => clock.Pause(Standard, WorkingCalendar.AroundTheClock, Start.AddHours(25)));
    }

    [Fact]
    public void A_standard_without_pauses_refuses_one()
    {
        var strict = new ServiceStandard { Id = 2, Code = "S", Name = "Strict", Target = TimeSpan.FromHours(1), PauseAllowed = false };
        var clock = Clock.Start(strict, WorkingCalendar.AroundTheClock, new ClockSubject("Call", "C1", 1, 1, 1, 1), Start);
        Assert.Throws<InvalidOperationException>(() => clock.Pause(strict, WorkingCalendar.AroundTheClock, Start.AddMinutes(5)));
    }
}
