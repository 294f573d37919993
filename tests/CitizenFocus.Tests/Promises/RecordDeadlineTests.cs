using CitizenFocus.Data;
using CitizenFocus.Promises;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Tests.Promises;

/// <summary>Clocks that run to the record's own deadline (an ETA given, an appointment) rather than the standard's target.</summary>
public sealed class RecordDeadlineTests
{
    private const string Eta = "TEST-ETA-60M";

    private static ServiceStandard EtaStandard(bool ceiling) => new()
    {
        Id = 50, Code = Eta, Name = "Arrive by the time given to the caller", Target = TimeSpan.FromMinutes(60),
        Calendar = CalendarKind.AroundTheClock, WarningFraction = 0.75, TargetShare = 0.9, TargetIsCeiling = ceiling,
        WarningGoesTo = EscalationLevel.WardSergeant, BreachGoesTo = EscalationLevel.Inspector,
    };

    private static async Task<long> StartAsync(PromiseTestBed bed, DateTime? dueAt)
    {
        using var scope = bed.Services.CreateScope();
        var clock = await bed.Get<Clocks>(scope).StartAsync(Eta,
            new ClockSubject("Call", "C1", 1, 1, PromiseTestBed.TeamId, PromiseTestBed.ConstableId, "Call C1"), "handler", null, dueAt);
        return clock.Id;
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_record_deadline_warns_and_breaches_at_its_own_time(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await bed.AddStandardAsync(EtaStandard(ceiling: true));
        var start = bed.Now;
        var id = await StartAsync(bed, start.AddMinutes(20)); // ETA 20 minutes, well inside the hour

        var clock = await bed.ClockAsync(id);
        Assert.Equal(start.AddMinutes(20), clock.DueAt);
        Assert.Equal(start.AddMinutes(15), clock.WarnAt); // three quarters of its own 20 minutes

        bed.Time.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        Assert.Equal(new SweepResult(0, 0, 0), await bed.SweepAsync());
        bed.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await bed.SweepAsync()).WarningsRaised);
        bed.Time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, (await bed.SweepAsync()).BreachesRaised);
        bed.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await bed.SweepAsync()).BreachesRaised);

        clock = await bed.ClockAsync(id);
        Assert.Equal(start.AddMinutes(20), clock.BreachedAt);
        Assert.Equal(1, await bed.EventsAsync(id, ClockEventKind.Breached));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_deadline_beyond_a_ceiling_target_is_capped_and_otherwise_kept(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await bed.AddStandardAsync(EtaStandard(ceiling: true));
        var start = bed.Now;
        Assert.Equal(start.AddMinutes(60), (await bed.ClockAsync(await StartAsync(bed, start.AddHours(3)))).DueAt);
        Assert.Equal(start.AddMinutes(60), (await bed.ClockAsync(await StartAsync(bed, null))).DueAt);

        await using (var db = bed.Database.CreateDb())
        {
            var standard = db.ServiceStandards.Single(s => s.Code == Eta);
            standard.TargetIsCeiling = false; // an appointment may be any agreed time
            await db.SaveChangesAsync();
        }
        Assert.Equal(start.AddHours(3), (await bed.ClockAsync(await StartAsync(bed, start.AddHours(3)))).DueAt);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_deadline_before_the_start_is_refused(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await bed.AddStandardAsync(EtaStandard(ceiling: true));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => StartAsync(bed, bed.Now.AddMinutes(-1)));
    }
}
