using CitizenFocus.Data;
using CitizenFocus.Promises;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Tests.Promises;

/// <summary>Recurring promises: a meeting in every ward each month, a victim's update every N days.</summary>
public sealed class RecurringClockTests
{
    private const string Meeting = "TEST-WARD-MEETING";
    private const string VictimUpdate = "TEST-VICTIM-UPDATE";

    private static ServiceStandard MeetingStandard() => new()
    {
        Id = 60, Code = Meeting, Name = "A public meeting in every ward each month", Target = TimeSpan.FromDays(31),
        Calendar = CalendarKind.AroundTheClock, WarningFraction = 0.75, TargetShare = 1.0,
        Recurrence = Recurrence.Months, RecurrenceInterval = 1, RecursPer = RecurrenceUnit.Ward,
        RecursFrom = new DateOnly(2027, 11, 1),
        WarningGoesTo = EscalationLevel.WardSergeant, BreachGoesTo = EscalationLevel.Inspector,
    };

    private static ServiceStandard VictimStandard() => new()
    {
        Id = 61, Code = VictimUpdate, Name = "Update the victim as often as agreed", Target = TimeSpan.FromDays(28),
        Calendar = CalendarKind.AroundTheClock, WarningFraction = 0.75, TargetShare = 0.95,
        Recurrence = Recurrence.Days, RecurrenceInterval = 28, RecursPer = RecurrenceUnit.Record,
        WarningGoesTo = EscalationLevel.Assignee, BreachGoesTo = EscalationLevel.WardSergeant,
    };

    private static async Task<int> ScheduleAsync(IServiceProvider host)
    {
        using var scope = host.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OpenRecurringClocks>().RunAsync();
    }

    private static async Task<SweepResult> SweepAsync(IServiceProvider host)
    {
        using var scope = host.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SweepClocks>().RunAsync();
    }

    /// <summary>Two schedulers at once, each in its own host (as two web nodes).</summary>
    private static async Task<int> TwoSchedulersAsync(IServiceProvider a, IServiceProvider b)
    {
        var results = await Task.WhenAll(Task.Run(() => ScheduleAsync(a)), Task.Run(() => ScheduleAsync(b)));
        return results.Sum();
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_ward_with_no_meeting_in_November_breaches_on_1_December_exactly_once(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await bed.AddStandardAsync(MeetingStandard());
        bed.Time.SetUtcNow(new DateTimeOffset(2027, 11, 2, 9, 0, 0, TimeSpan.Zero));

        await using (var other = bed.NewHost())
            Assert.Equal(2, await TwoSchedulersAsync(bed.Services, other)); // November, for each of the two wards, once

        // Alibon held its meeting on 20 November; Abbey held none.
        using (var scope = bed.Services.CreateScope())
            Assert.Equal(ClockOutcome.Met, await bed.Get<Clocks>(scope).FulfilAsync(Meeting,
                new ClockSubject("Ward", OrganisationSeed.EastWardCode, 1, 2, null, null), new DateTime(2027, 11, 20, 19, 0, 0, DateTimeKind.Utc), "sergeant"));

        bed.Time.SetUtcNow(new DateTimeOffset(2027, 11, 30, 23, 59, 59, TimeSpan.Zero));
        Assert.Equal(0, (await bed.SweepAsync()).BreachesRaised);

        // Midnight, 1 December (GMT): the host restarts, and two schedulers and two sweeps run together.
        bed.Time.SetUtcNow(new DateTimeOffset(2027, 12, 1, 0, 0, 0, TimeSpan.Zero));
        await using (var restarted = bed.NewHost())
        await using (var second = bed.NewHost())
        {
            Assert.Equal(2, await TwoSchedulersAsync(restarted, second)); // December only
            var sweeps = await Task.WhenAll(Task.Run(() => SweepAsync(restarted)), Task.Run(() => SweepAsync(second)));
            Assert.Equal(1, sweeps.Sum(s => s.BreachesRaised));
            Assert.Equal(0, await ScheduleAsync(restarted));
            Assert.Equal(0, (await SweepAsync(restarted)).BreachesRaised);
        }

        var clocks = await bed.ReadAsync(db => db.Clocks.AsNoTracking().Where(c => c.StandardId == 60).OrderBy(c => c.PeriodStart).ThenBy(c => c.RecordId).ToListAsync());
        Assert.Equal(4, clocks.Count);
        var november = new DateTime(2027, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        var abbey = Assert.Single(clocks, c => c.RecordId == OrganisationSeed.WestWardCode && c.PeriodStart == november);
        Assert.Equal(new DateTime(2027, 12, 1, 0, 0, 0, DateTimeKind.Utc), abbey.BreachedAt);
        Assert.Equal(PromiseTestBed.TeamId, abbey.TeamId);
        Assert.Equal(1, await bed.EventsAsync(abbey.Id, ClockEventKind.Breached));
        Assert.Equal(1, await bed.ReadAsync(db => db.WorkItems.CountAsync(w => w.ClockId == abbey.Id && w.Reason == ClockEventKind.Breached)));
        Assert.Equal(PromiseTestBed.InspectorId, await bed.ReadAsync(db => db.WorkItems.Where(w => w.ClockId == abbey.Id && w.Reason == ClockEventKind.Breached).Select(w => w.OwnerMemberId).SingleAsync()));
        var alibon = Assert.Single(clocks, c => c.RecordId == OrganisationSeed.EastWardCode && c.PeriodStart == november);
        Assert.Equal(ClockOutcome.Met, alibon.Outcome);
        Assert.Null(alibon.BreachedAt);
        Assert.All(clocks.Where(c => c.PeriodStart > november), c => Assert.Equal(new DateTime(2028, 1, 1, 0, 0, 0, DateTimeKind.Utc), c.DueAt));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_meeting_recorded_before_the_scheduler_opens_the_month_still_meets_it(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await bed.AddStandardAsync(MeetingStandard());
        bed.Time.SetUtcNow(new DateTimeOffset(2027, 11, 10, 20, 0, 0, TimeSpan.Zero));
        using (var scope = bed.Services.CreateScope())
            await bed.Get<Clocks>(scope).FulfilAsync(Meeting, new ClockSubject("Ward", OrganisationSeed.WestWardCode, 1, 1, PromiseTestBed.TeamId, null),
                bed.Now.AddHours(-1), "sergeant");
        Assert.Equal(1, await ScheduleAsync(bed.Services)); // only Alibon's November is still to open

        bed.Time.SetUtcNow(new DateTimeOffset(2027, 12, 1, 0, 0, 1, TimeSpan.Zero));
        await ScheduleAsync(bed.Services);
        Assert.Equal(1, (await bed.SweepAsync()).BreachesRaised); // Alibon's, not Abbey's
        var abbey = await bed.ReadAsync(db => db.Clocks.AsNoTracking().SingleAsync(c => c.StandardId == 60 && c.RecordId == OrganisationSeed.WestWardCode
            && c.PeriodStart == new DateTime(2027, 11, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(ClockOutcome.Met, abbey.Outcome);
    }

    [Fact]
    public void A_monthly_update_is_due_ten_working_days_after_month_end()
    {
        var standard = MeetingStandard();
        standard.DueWorkingDaysAfterPeriod = 10;
        standard.RecursFrom = new DateOnly(2026, 12, 1);
        var calendar = new WorkingCalendar(CalendarKind.WorkingHours, EnglandAndWalesBankHolidays.All.Select(h => h.Date));
        var december = RecurrencePeriods.Containing(standard, calendar, new DateTime(2026, 12, 15, 12, 0, 0, DateTimeKind.Utc))!.Value;
        Assert.Equal(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), december.Start);
        Assert.Equal(new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc), december.End);
        // 1 January 2027 is a bank holiday: the tenth working day after is Friday 15 January.
        Assert.Equal(new DateTime(2027, 1, 16, 0, 0, 0, DateTimeKind.Utc), december.Due);

        // A British Summer Time month starts at 23:00 UTC the evening before.
        var june = RecurrencePeriods.Containing(standard, calendar, new DateTime(2027, 6, 10, 12, 0, 0, DateTimeKind.Utc))!.Value;
        Assert.Equal(new DateTime(2027, 5, 31, 23, 0, 0, DateTimeKind.Utc), june.Start);
        Assert.Null(RecurrencePeriods.Containing(standard, calendar, new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc)));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_victims_update_series_opens_each_period_once_is_met_by_an_update_and_stops_with_the_contract(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await bed.AddStandardAsync(VictimStandard());
        var first = bed.Now;
        var subject = new ClockSubject("Crime", "CR-1", 1, 1, PromiseTestBed.TeamId, PromiseTestBed.ConstableId, "Updates for CR-1");
        using (var scope = bed.Services.CreateScope())
            await bed.Get<Clocks>(scope).StartSeriesAsync(VictimUpdate, subject, first, intervalDays: 14, endsAt: first.AddDays(60));

        await using (var other = bed.NewHost())
            Assert.Equal(1, await TwoSchedulersAsync(bed.Services, other));
        var period1 = await bed.ReadAsync(db => db.Clocks.AsNoTracking().SingleAsync(c => c.StandardId == 61));
        Assert.Equal((first, first.AddDays(14)), (period1.PeriodStart!.Value, period1.DueAt));
        Assert.Equal(PromiseTestBed.ConstableId, period1.AssigneeMemberId);

        bed.Time.Advance(TimeSpan.FromDays(10));
        using (var scope = bed.Services.CreateScope())
            Assert.Equal(ClockOutcome.Met, await bed.Get<Clocks>(scope).FulfilAsync(VictimUpdate, subject, bed.Now, "officer"));

        // The scheduler was down for a month: it opens the missed period (already overdue) and the current one, each once.
        bed.Time.Advance(TimeSpan.FromDays(20)); // day 30: period 3 (days 28–42)
        Assert.Equal(2, await ScheduleAsync(bed.Services));
        Assert.Equal(0, await ScheduleAsync(bed.Services));
        Assert.Equal(1, (await bed.SweepAsync()).BreachesRaised); // period 2 (days 14–28) had no update

        using (var scope = bed.Services.CreateScope())
            await bed.Get<Clocks>(scope).StopSeriesAsync(VictimUpdate, "Crime", "CR-1", "officer");
        bed.Time.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await ScheduleAsync(bed.Services));
        var outcomes = await bed.ReadAsync(db => db.Clocks.AsNoTracking().Where(c => c.StandardId == 61).OrderBy(c => c.PeriodStart)
            .Select(c => new { c.Outcome, c.BreachedAt }).ToListAsync());
        Assert.Equal([ClockOutcome.Met, null, ClockOutcome.NotApplicable], outcomes.Select(o => o.Outcome));
        Assert.NotNull(outcomes[1].BreachedAt);
    }
}
