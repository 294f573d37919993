using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Promises;

/// <summary>
/// Raises warnings and breaches on due clocks, each exactly once. Reads only clocks whose
/// <see cref="Clock.NextDueAt"/> has passed (an index range), so its cost follows due clocks, not
/// open ones. Clocks are handled in small transactions with a conditional update per clock, so a
/// sweep that stops half-way loses nothing and two sweeps at once never raise the same thing twice.
/// </summary>
public sealed class SweepClocks(CitizenFocusDb db, TimeProvider time)
{
    public const int BatchSize = 500;

    /// <summary>Clocks per transaction: one commit (one disk flush) per group rather than per clock.</summary>
    public const int GroupSize = 50;

    /// <param name="afterClock">Called after each clock, inside its group's transaction; tests use it to stop a sweep mid-way.</param>
    public async Task<SweepResult> RunAsync(Func<long, Task>? afterClock = null, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var standards = await db.ServiceStandards.AsNoTracking().ToDictionaryAsync(s => s.Id, ct);
        int examined = 0, warnings = 0, breaches = 0;
        long after = 0;
        var afterDue = DateTime.MinValue;
        while (true)
        {
            // Keyset paging over (NextDueAt, Id): a clock that stays due is not read twice by this sweep.
            var batch = await db.Clocks.AsNoTracking()
                .Where(c => c.NextDueAt != null && c.NextDueAt <= now && c.Status == ClockStatus.Running)
                .Where(c => c.NextDueAt > afterDue || (c.NextDueAt == afterDue && c.Id > after))
                .OrderBy(c => c.NextDueAt).ThenBy(c => c.Id)
                .Select(c => new { c.Id, NextDueAt = c.NextDueAt!.Value })
                .Take(BatchSize)
                .ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var group in batch.Chunk(GroupSize))
            {
                int groupWarnings = 0, groupBreaches = 0;
                await using (var tx = await db.Database.BeginTransactionAsync(ct))
                {
                    foreach (var due in group)
                    {
                        ct.ThrowIfCancellationRequested();
                        var (warned, breached) = await SweepOneAsync(due.Id, now, standards, ct);
                        groupWarnings += warned ? 1 : 0;
                        groupBreaches += breached ? 1 : 0;
                        if (afterClock is not null) await afterClock(due.Id);
                    }
                    await tx.CommitAsync(ct);
                }
                db.ChangeTracker.Clear();
                examined += group.Length;
                warnings += groupWarnings;
                breaches += groupBreaches;
            }
            afterDue = batch[^1].NextDueAt;
            after = batch[^1].Id;
        }
        return new SweepResult(examined, warnings, breaches);
    }

    private async Task<(bool Warned, bool Breached)> SweepOneAsync(long clockId, DateTime now,
        IReadOnlyDictionary<int, ServiceStandard> standards, CancellationToken ct)
    {
        var clock = await db.Clocks.AsNoTracking().SingleAsync(c => c.Id == clockId, ct);
        var standard = standards[clock.StandardId];
        bool warned = false, breached = false;

        if (clock.Status == ClockStatus.Running && clock.WarnedAt is null && clock.WarnAt <= now)
        {
            var next = clock.DueAt;
            warned = await db.Clocks
                .Where(c => c.Id == clockId && c.WarnedAt == null && c.Status == ClockStatus.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.WarnedAt, now).SetProperty(c => c.NextDueAt, next), ct) == 1;
            if (warned)
                await RaiseAsync(clock, standard, ClockEventKind.Warned, standard.WarningGoesTo, now,
                    $"{standard.Name}: due {clock.DueAt:yyyy-MM-dd HH:mm} UTC", ct);
        }

        if (clock.Status == ClockStatus.Running && clock.BreachedAt is null && clock.DueAt <= now)
        {
            var reason = clock.PeriodStart is null ? $"Not done within {Describe(standard)}" : "Not done by the end of the period";
            var deadline = clock.DueAt;
            breached = await db.Clocks
                .Where(c => c.Id == clockId && c.BreachedAt == null && c.Status == ClockStatus.Running)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.BreachedAt, deadline)
                    .SetProperty(c => c.BreachReason, reason)
                    .SetProperty(c => c.WarnedAt, c => c.WarnedAt ?? now)
                    .SetProperty(c => c.NextDueAt, (DateTime?)null), ct) == 1;
            if (breached)
                await RaiseAsync(clock, standard, ClockEventKind.Breached, standard.BreachGoesTo, now, reason, ct);
        }

        await db.SaveChangesAsync(ct);
        return (warned, breached);
    }

    private async Task RaiseAsync(Clock clock, ServiceStandard standard, ClockEventKind kind, EscalationLevel level,
        DateTime now, string note, CancellationToken ct)
    {
        db.ClockEvents.Add(new ClockEvent { ClockId = clock.Id, Kind = kind, At = now, Actor = "sweep", Note = note });
        var role = level == EscalationLevel.Role ? (kind == ClockEventKind.Warned ? standard.WarningRole : standard.BreachRole) : null;
        var owner = level == EscalationLevel.Role ? null : await OwnerAsync(clock, level, ct);
        var ownerUser = level == EscalationLevel.Assignee && owner is null ? clock.AssigneeUserId : null;
        db.WorkItems.Add(new WorkItem
        {
            ClockId = clock.Id, Level = level, OwnerMemberId = owner, OwnerUserId = ownerUser, OwnerRole = role,
            Reason = kind, CreatedAt = now,
        });

        // The assignee hears of every warning and breach; whoever it lands with hears too.
        var recipients = new HashSet<int>();
        if (clock.AssigneeMemberId is { } assignee) recipients.Add(assignee);
        if (owner is { } o) recipients.Add(o);
        var emails = await db.TeamMembers.AsNoTracking().Where(m => recipients.Contains(m.Id) && m.Email != null)
            .Select(m => m.Email!).ToListAsync(ct);
        if (clock.AssigneeUserId is { } userId)
            emails.AddRange(await db.Users.AsNoTracking().Where(u => u.Id == userId && u.Email != null).Select(u => u.Email!).ToListAsync(ct));
        if (role is not null) emails.AddRange(await RoleHolderEmailsAsync(clock, role, ct));
        var what = kind == ClockEventKind.Warned ? "is close to its deadline" : "has missed its deadline";
        foreach (var email in emails.Distinct(StringComparer.OrdinalIgnoreCase))
            db.Notifications.Add(new Notification
            {
                CreatedAt = now, NextAttemptAt = now, Recipient = email,
                Subject = $"{clock.RecordType} {clock.RecordId} {what}",
                Body = $"{clock.RecordType} {clock.RecordId} {what}. {note}.",
            });
    }

    /// <summary>E-mail addresses of the accounts holding <paramref name="role"/> whose scope covers the clock's record.</summary>
    private async Task<List<string>> RoleHolderEmailsAsync(Clock clock, string role, CancellationToken ct)
    {
        var holders = await (
                from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                join u in db.Users on ur.UserId equals u.Id
                where r.Name == role && u.Email != null
                select new { u.Email, u.ScopeLevel, u.ScopeUnitId })
            .AsNoTracking().ToListAsync(ct);
        if (holders.Count == 0) return [];
        var areaId = clock.BoroughId is { } borough
            ? await db.Boroughs.AsNoTracking().Where(b => b.Id == borough).Select(b => (int?)b.AreaId).FirstOrDefaultAsync(ct)
            : null;
        var record = new OrgUnitRef(areaId, clock.BoroughId, clock.WardId);
        return holders
            .Where(h => ScopeRule.CoversWork(ScopeRule.OfAccount(h.ScopeLevel, h.ScopeUnitId), record, clock.PartnerAgencyId))
            .Select(h => h.Email!)
            .ToList();
    }

    private async Task<int?> OwnerAsync(Clock clock, EscalationLevel level, CancellationToken ct) => level switch
    {
        EscalationLevel.Assignee => clock.AssigneeMemberId,
        EscalationLevel.WardSergeant => await db.TeamMembers.AsNoTracking()
            .Where(m => m.TeamId == clock.TeamId && m.Role == StaffRole.Sergeant).OrderBy(m => m.Id)
            .Select(m => (int?)m.Id).FirstOrDefaultAsync(ct),
        EscalationLevel.Inspector => await db.Teams.AsNoTracking().Where(t => t.Id == clock.TeamId).Select(t => t.InspectorMemberId).FirstOrDefaultAsync(ct),
        _ => null,
    };

    private static string Describe(ServiceStandard s) =>
        (s.Target.TotalHours >= 1 ? $"{s.Target.TotalHours:0.#} hours" : $"{s.Target.TotalMinutes:0} minutes")
        + (s.Calendar == CalendarKind.WorkingHours ? " of working time" : "");
}
