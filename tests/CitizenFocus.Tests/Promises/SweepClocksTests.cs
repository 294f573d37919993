using CitizenFocus.Data;
using CitizenFocus.Promises;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Tests.Promises;

/// <summary>The sweep on real databases: each warning and breach raised exactly once, whatever happens.</summary>
public sealed class SweepClocksTests
{
    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Warning_is_raised_once_into_the_sergeants_queue_with_notifications(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        var id = await bed.StartClockAsync("M1");
        bed.Time.Advance(TimeSpan.FromHours(17));
        Assert.Equal(0, (await bed.SweepAsync()).WarningsRaised);

        bed.Time.Advance(TimeSpan.FromHours(1));
        var first = await bed.SweepAsync();
        var second = await bed.SweepAsync();

        Assert.Equal(1, first.WarningsRaised);
        Assert.Equal(0, second.WarningsRaised);
        var clock = await bed.ClockAsync(id);
        Assert.Equal(bed.Now, clock.WarnedAt);
        Assert.Equal(clock.DueAt, clock.NextDueAt);
        Assert.Equal(1, await bed.EventsAsync(id, ClockEventKind.Warned));
        var item = await bed.ReadAsync(db => db.WorkItems.SingleAsync(w => w.ClockId == id));
        Assert.Equal((EscalationLevel.WardSergeant, PromiseTestBed.SergeantId), (item.Level, item.OwnerMemberId));
        var recipients = await bed.ReadAsync(db => db.Notifications.Select(n => n.Recipient).OrderBy(r => r).ToListAsync());
        Assert.Equal(["pat.constable@police.example", "sam.sergeant@police.example"], recipients);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Breach_is_raised_once_at_the_deadline_into_the_inspectors_queue(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        var id = await bed.StartClockAsync("M1");
        var due = (await bed.ClockAsync(id)).DueAt;
        bed.Time.Advance(TimeSpan.FromHours(30)); // the sweep ran late: warning and breach are both due

        var result = await bed.SweepAsync();
        await bed.SweepAsync();

        Assert.Equal((1, 1), (result.WarningsRaised, result.BreachesRaised));
        var clock = await bed.ClockAsync(id);
        Assert.Equal(due, clock.BreachedAt);
        Assert.Null(clock.NextDueAt);
        Assert.Contains("24 hours", clock.BreachReason);
        Assert.Equal(1, await bed.EventsAsync(id, ClockEventKind.Breached));
        var inspectorItems = await bed.ReadAsync(db => db.WorkItems.CountAsync(w =>
            w.ClockId == id && w.Level == EscalationLevel.Inspector && w.OwnerMemberId == PromiseTestBed.InspectorId));
        Assert.Equal(1, inspectorItems);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Paused_clock_is_not_warned_and_resumes_with_its_remaining_time(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        var id = await bed.StartClockAsync("M1");
        bed.Time.Advance(TimeSpan.FromHours(10));
        using (var scope = bed.Services.CreateScope())
            await bed.Get<Clocks>(scope).PauseAsync(id, "officer", "asked for the car registration");
        bed.Time.Advance(TimeSpan.FromHours(48));
        Assert.Equal(0, (await bed.SweepAsync()).ClocksExamined);

        using (var scope = bed.Services.CreateScope())
            await bed.Get<Clocks>(scope).ResumeAsync(id, "officer", "registration received");
        var resumed = await bed.ClockAsync(id);
        Assert.Equal(bed.Now.AddHours(14), resumed.DueAt);
        Assert.Equal(bed.Now.AddHours(8), resumed.WarnAt);

        bed.Time.Advance(TimeSpan.FromHours(9));
        Assert.Equal(1, (await bed.SweepAsync()).WarningsRaised);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Reply_before_the_warning_meets_the_clock_and_nothing_is_ever_raised(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        var id = await bed.StartClockAsync("M1");
        bed.Time.Advance(TimeSpan.FromHours(3));
        using (var scope = bed.Services.CreateScope())
            Assert.Equal(ClockOutcome.Met, await bed.Get<Clocks>(scope).EndAsync(id, "officer", null, null));
        bed.Time.Advance(TimeSpan.FromDays(3));

        var result = await bed.SweepAsync();

        Assert.Equal(0, result.ClocksExamined);
        Assert.Equal(1, await bed.EventsAsync(id, ClockEventKind.Met));
        Assert.Equal(0, await bed.ReadAsync(db => db.WorkItems.CountAsync()));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Sweep_stopped_half_way_then_restarted_raises_every_warning_exactly_once(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        var ids = new List<long>();
        for (var i = 0; i < 120; i++) ids.Add(await bed.StartClockAsync($"M{i}"));
        bed.Time.Advance(TimeSpan.FromHours(19));

        var handled = 0;
        await Assert.ThrowsAsync<OperationCanceledException>(() => bed.SweepAsync(_ =>
            ++handled == 107 ? throw new OperationCanceledException("the host stopped") : Task.CompletedTask));
        var warnedBeforeRestart = await bed.ReadAsync(db => db.ClockEvents.CountAsync(e => e.Kind == ClockEventKind.Warned));
        var restarted = await bed.SweepAsync();

        // Two groups of 50 committed; the interrupted third rolled back as a whole.
        Assert.Equal(100, warnedBeforeRestart);
        Assert.Equal(20, restarted.WarningsRaised);
        foreach (var id in ids) Assert.Equal(1, await bed.EventsAsync(id, ClockEventKind.Warned));
        Assert.Equal(120, await bed.ReadAsync(db => db.WorkItems.CountAsync()));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Two_sweeps_at_once_raise_each_breach_once(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        var ids = new List<long>();
        for (var i = 0; i < 40; i++) ids.Add(await bed.StartClockAsync($"M{i}"));
        bed.Time.Advance(TimeSpan.FromHours(25));

        var results = await Task.WhenAll(Task.Run(() => bed.SweepAsync()), Task.Run(() => bed.SweepAsync()));

        Assert.Equal(40, results.Sum(r => r.BreachesRaised));
        Assert.Equal(40, results.Sum(r => r.WarningsRaised));
        foreach (var id in ids)
        {
            Assert.Equal(1, await bed.EventsAsync(id, ClockEventKind.Breached));
            Assert.Equal(1, await bed.EventsAsync(id, ClockEventKind.Warned));
        }
        Assert.Equal(80, await bed.ReadAsync(db => db.WorkItems.CountAsync()));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Sweep_reads_only_the_clocks_that_are_due(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        for (var i = 0; i < 30; i++) await bed.StartClockAsync($"later{i}");
        bed.Time.Advance(TimeSpan.FromHours(12));
        for (var i = 0; i < 5; i++) await bed.StartClockAsync($"earlier{i}", bed.Now.AddHours(-20));

        var result = await bed.SweepAsync();

        Assert.Equal(5, result.ClocksExamined);
        Assert.Equal(5, result.WarningsRaised);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Working_hours_clock_is_not_due_over_a_bank_holiday_weekend(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await using (var db = bed.Database.CreateDb())
        {
            db.ServiceStandards.Add(new ServiceStandard
            {
                Id = 50, Code = "WORKING-8H", Name = "Answer within one working day", Target = TimeSpan.FromHours(8),
                Calendar = CalendarKind.WorkingHours, WarningFraction = 0.5,
            });
            await db.SaveChangesAsync();
        }
        // Thursday 24 December 2026, 16:00: one working hour left that day, then Christmas, a weekend and a bank holiday.
        bed.Time.SetUtcNow(new DateTimeOffset(2026, 12, 24, 16, 0, 0, TimeSpan.Zero));
        long id;
        using (var scope = bed.Services.CreateScope())
            id = (await bed.Get<Clocks>(scope).StartAsync("WORKING-8H", new ClockSubject("Case", "D1", 1, 1, PromiseTestBed.TeamId, PromiseTestBed.ConstableId), "test")).Id;

        bed.Time.SetUtcNow(new DateTimeOffset(2026, 12, 28, 23, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, (await bed.SweepAsync()).WarningsRaised);
        bed.Time.SetUtcNow(new DateTimeOffset(2026, 12, 29, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal((1, 0), ((await bed.SweepAsync()).WarningsRaised, 0));
        bed.Time.SetUtcNow(new DateTimeOffset(2026, 12, 29, 16, 0, 1, TimeSpan.Zero));
        Assert.Equal(1, (await bed.SweepAsync()).BreachesRaised);
        Assert.Equal(new DateTime(2026, 12, 29, 16, 0, 0, DateTimeKind.Utc), (await bed.ClockAsync(id)).BreachedAt);
    }
}
