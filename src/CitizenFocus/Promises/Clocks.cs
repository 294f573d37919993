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

    /// <summary>Weekdays outside bank holidays, for counting working days after a period (whatever the standard's own calendar).</summary>
    public async Task<WorkingCalendar> WorkingDaysAsync(CancellationToken ct = default) =>
        new(CalendarKind.WorkingHours, await db.BankHolidays.AsNoTracking().Select(b => b.Date).ToListAsync(ct));

    /// <param name="startedAt">When the promise began (a message's arrival); now when not given.</param>
    public Task<Clock> StartAsync(string standardCode, ClockSubject subject, string actor, DateTime? startedAt = null, CancellationToken ct = default) =>
        StartAsync(standardCode, subject, actor, startedAt, dueAt: null, ct);

    /// <param name="dueAt">
    /// The record's own deadline — the ETA given to a caller, an appointment slot, an action's agreed date —
    /// instead of the standard's target (which still caps it where the standard says so).
    /// </param>
    public async Task<Clock> StartAsync(string standardCode, ClockSubject subject, string actor, DateTime? startedAt, DateTime? dueAt,
        CancellationToken ct = default)
    {
        var standard = await StandardAsync(standardCode, ct);
        var now = startedAt ?? Now();
        var clock = Clock.Start(standard, await CalendarAsync(standard, ct), subject, now, dueAt);
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

    /// <summary>
    /// Writes clocks that are already decided — started, ended, met or breached — in bulk, for standards
    /// measured from recorded times (999 calls answered within 10 seconds, attendance within 15 minutes):
    /// a promise kept or broken in seconds cannot wait for a sweep. Streams through the bulk insert
    /// (binary COPY on PostgreSQL); inside the caller's transaction the rows join it.
    /// </summary>
    public async Task<long> RecordDecidedAsync(string standardCode, IEnumerable<DecidedClock> decided, IProgress<long>? progress = null,
        CancellationToken ct = default)
    {
        var standard = await StandardAsync(standardCode, ct);
        var calendar = await CalendarAsync(standard, ct);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await ClockTable.LockAsync(db, ct);
            var nextId = await ClockTable.NextIdAsync(db, ct);
            var rows = decided.Select(d =>
            {
                var clock = Clock.Decided(standard, calendar, d);
                clock.Id = nextId++;
                return clock;
            });
            var count = await BulkInserter.InsertAsync(db, rows, progress, ct);
            if (own is not null) await own.CommitAsync(ct);
            return count;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    /// <summary>
    /// Starts a record's recurring promise (a victim's update every <paramref name="intervalDays"/> days until
    /// <paramref name="endsAt"/>): the scheduler opens each period's clock, and
    /// <see cref="FulfilAsync"/> meets it. Starting it again for the same record changes its terms from the next period.
    /// </summary>
    public async Task<ClockSeries> StartSeriesAsync(string standardCode, ClockSubject subject, DateTime firstPeriodStart, int? intervalDays,
        DateTime? endsAt, CancellationToken ct = default)
    {
        var standard = await StandardAsync(standardCode, ct);
        if (standard.Recurrence != Recurrence.Days || standard.RecursPer != RecurrenceUnit.Record)
            throw new InvalidOperationException($"{standard.Name} does not recur per record.");
        var interval = intervalDays ?? standard.RecurrenceInterval;
        if (interval < 1) throw new ArgumentOutOfRangeException(nameof(intervalDays), "A series needs at least a day between updates.");
        var template = Clock.Start(standard, WorkingCalendar.AroundTheClock, subject, firstPeriodStart);
        var series = await db.ClockSeries.SingleOrDefaultAsync(s => s.StandardId == standard.Id
            && s.RecordType == subject.RecordType && s.RecordId == subject.RecordId, ct);
        if (series is null)
        {
            series = new ClockSeries
            {
                StandardId = standard.Id, RecordType = subject.RecordType, RecordId = subject.RecordId,
                FirstPeriodStart = firstPeriodStart, NextPeriodStart = firstPeriodStart,
            };
            db.ClockSeries.Add(series);
        }
        series.Title = subject.Title;
        series.BoroughId = subject.BoroughId;
        series.WardId = subject.WardId;
        series.TeamId = subject.TeamId;
        series.AssigneeMemberId = subject.AssigneeMemberId;
        series.AssigneeUserId = subject.AssigneeUserId;
        series.PartnerAgencyId = subject.PartnerAgencyId;
        (series.Dimension1, series.Dimension2, series.Dimension3, series.Dimension4) =
            (template.Dimension1, template.Dimension2, template.Dimension3, template.Dimension4);
        series.IntervalDays = interval;
        series.EndsAt = endsAt;
        series.StoppedAt = null;
        await db.SaveChangesAsync(ct);
        return series;
    }

    /// <summary>
    /// Stops a record's series (the contract ended, the case closed): no further period opens, and the
    /// open period's clock, if not yet due, ends as not applicable.
    /// </summary>
    public async Task StopSeriesAsync(string standardCode, string recordType, string recordId, string actor, CancellationToken ct = default)
    {
        var standard = await StandardAsync(standardCode, ct);
        var now = Now();
        var series = await db.ClockSeries.SingleOrDefaultAsync(s => s.StandardId == standard.Id
            && s.RecordType == recordType && s.RecordId == recordId, ct);
        if (series is null || series.StoppedAt is not null) return;
        series.StoppedAt = now;
        var open = await db.Clocks.Where(c => c.StandardId == standard.Id && c.RecordType == recordType && c.RecordId == recordId
            && c.Status != ClockStatus.Ended && c.DueAt > now).ToListAsync(ct);
        foreach (var clock in open)
        {
            clock.Withdraw(now);
            db.ClockEvents.Add(new ClockEvent { ClockId = clock.Id, Kind = ClockEventKind.Withdrawn, At = now, Actor = actor, Note = "Series stopped" });
        }
        await db.SaveChangesAsync(ct);
        await ClearWorkAsync(open.Select(c => c.Id).ToList(), now, ct);
    }

    /// <summary>
    /// Records the event that keeps a recurring promise — a meeting held, an update published, a victim
    /// updated — at <paramref name="at"/>: the clock of the period containing it (or of
    /// <paramref name="periodStart"/>, for an update about an earlier month) ends met if in time.
    /// Where the scheduler has not opened that period yet, its clock is written already ended.
    /// </summary>
    public async Task<ClockOutcome> FulfilAsync(string standardCode, ClockSubject subject, DateTime at, string actor,
        DateTime? periodStart = null, CancellationToken ct = default)
    {
        var standard = await StandardAsync(standardCode, ct);
        var calendar = await CalendarAsync(standard, ct);
        var workingDays = await WorkingDaysAsync(ct);
        var now = Now();
        if (await PeriodOfAsync(standard, workingDays, subject, periodStart ?? at, ct) is not { } span)
            throw new InvalidOperationException($"{standard.Name}: no period of {subject.RecordType} {subject.RecordId} contains {at:u}.");

        for (var attempt = 0; ; attempt++)
        {
            var clock = await db.Clocks.SingleOrDefaultAsync(c => c.StandardId == standard.Id && c.RecordType == subject.RecordType
                && c.RecordId == subject.RecordId && c.PeriodStart == span.Start, ct);
            if (clock is { Status: ClockStatus.Ended }) return clock.Outcome!.Value;
            var opened = clock is null;
            clock ??= Clock.ForPeriod(standard, calendar, subject, span.Start, span.Due);
            var outcome = clock.Fulfil(at, now);
            if (opened) db.Clocks.Add(clock);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (opened && attempt == 0 && ClockTable.IsUniqueViolation(e))
            {
                // The scheduler opened the period meanwhile: fulfil its clock instead.
                db.Entry(clock).State = EntityState.Detached;
                continue;
            }
            db.ClockEvents.Add(new ClockEvent
            {
                ClockId = clock.Id, Kind = outcome == ClockOutcome.Met ? ClockEventKind.Met : ClockEventKind.EndedBreached,
                At = now, Actor = actor, Note = $"Fulfilled at {at:u}",
            });
            await db.SaveChangesAsync(ct);
            await ClearWorkAsync([clock.Id], now, ct);
            return outcome;
        }
    }

    private async Task<RecurrencePeriod?> PeriodOfAsync(ServiceStandard standard, WorkingCalendar calendar, ClockSubject subject, DateTime at,
        CancellationToken ct)
    {
        if (standard.RecursPer != RecurrenceUnit.Record) return RecurrencePeriods.Containing(standard, calendar, at);
        var series = await db.ClockSeries.AsNoTracking().SingleOrDefaultAsync(s => s.StandardId == standard.Id
            && s.RecordType == subject.RecordType && s.RecordId == subject.RecordId, ct);
        if (series is null) return null;
        var index = series.PeriodIndex(at);
        return index < 0 || !series.Covers(series.PeriodStart(index)) ? null : RecurrencePeriods.OfSeries(series, index);
    }

    private Task ClearWorkAsync(List<long> clockIds, DateTime now, CancellationToken ct) =>
        db.WorkItems.Where(w => clockIds.Contains(w.ClockId) && w.ClearedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.ClearedAt, now), ct);

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
