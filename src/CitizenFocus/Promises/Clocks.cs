using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Promises;

/// <summary>
/// The promise engine's public face: other capabilities start, pause, resume and end clocks through
/// it and never touch the clock tables. Changes are saved in the caller's transaction.
/// </summary>
public sealed class Clocks(CitizenFocusDb db, TimeProvider time)
{
    public async Task<ServiceStandard> StandardAsync(string code, CancellationToken ct = default) =>
        await db.ServiceStandards.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, ct)
        ?? throw new InvalidOperationException($"Service standard {code} is not configured.");

    public async Task<WorkingCalendar> CalendarAsync(ServiceStandard standard, CancellationToken ct = default) =>
        standard.Calendar == CalendarKind.AroundTheClock
            ? WorkingCalendar.AroundTheClock
            : new WorkingCalendar(CalendarKind.WorkingHours, await db.BankHolidays.AsNoTracking().Select(b => b.Date).ToListAsync(ct));

    /// <param name="startedAt">When the promise began (a message's arrival); now when not given.</param>
    public async Task<Clock> StartAsync(string standardCode, ClockSubject subject, string actor, DateTime? startedAt = null, CancellationToken ct = default)
    {
        var standard = await StandardAsync(standardCode, ct);
        var now = startedAt ?? Now();
        var clock = Clock.Start(standard, await CalendarAsync(standard, ct), subject, now);
        db.Clocks.Add(clock);
        await db.SaveChangesAsync(ct);
        db.ClockEvents.Add(new ClockEvent { ClockId = clock.Id, Kind = ClockEventKind.Started, At = now, Actor = actor });
        await db.SaveChangesAsync(ct);
        return clock;
    }

    public async Task<Clock> GetAsync(long clockId, CancellationToken ct = default) =>
        await db.Clocks.SingleAsync(c => c.Id == clockId, ct);

    public async Task PauseAsync(long clockId, string actor, string? note, CancellationToken ct = default)
    {
        var clock = await GetAsync(clockId, ct);
        var standard = await db.ServiceStandards.AsNoTracking().SingleAsync(s => s.Id == clock.StandardId, ct);
        var now = Now();
        clock.Pause(standard, await CalendarAsync(standard, ct), now);
        db.ClockEvents.Add(new ClockEvent { ClockId = clock.Id, Kind = ClockEventKind.Paused, At = now, Actor = actor, Note = note });
        await db.SaveChangesAsync(ct);
    }

    public async Task ResumeAsync(long clockId, string actor, string? note, CancellationToken ct = default)
    {
        var clock = await GetAsync(clockId, ct);
        var standard = await db.ServiceStandards.AsNoTracking().SingleAsync(s => s.Id == clock.StandardId, ct);
        var now = Now();
        clock.Resume(await CalendarAsync(standard, ct), now);
        db.ClockEvents.Add(new ClockEvent { ClockId = clock.Id, Kind = ClockEventKind.Resumed, At = now, Actor = actor, Note = note });
        await db.SaveChangesAsync(ct);
    }

    public async Task<ClockOutcome> EndAsync(long clockId, string actor, string? breachReason, string? explanation, CancellationToken ct = default)
    {
        var clock = await GetAsync(clockId, ct);
        var now = Now();
        var outcome = clock.End(now, breachReason, explanation);
        db.ClockEvents.Add(new ClockEvent
        {
            ClockId = clock.Id, Kind = outcome == ClockOutcome.Met ? ClockEventKind.Met : ClockEventKind.EndedBreached,
            At = now, Actor = actor, Note = outcome == ClockOutcome.Breached ? explanation : null,
        });
        await db.SaveChangesAsync(ct);
        await db.WorkItems.Where(w => w.ClockId == clockId && w.ClearedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.ClearedAt, now), ct);
        return outcome;
    }

    public async Task ReassignAsync(long clockId, int memberId, string actor, CancellationToken ct = default)
    {
        var clock = await GetAsync(clockId, ct);
        clock.AssigneeMemberId = memberId;
        db.ClockEvents.Add(new ClockEvent { ClockId = clock.Id, Kind = ClockEventKind.Reassigned, At = Now(), Actor = actor });
        await db.SaveChangesAsync(ct);
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
