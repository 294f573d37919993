using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Promises;

/// <summary>
/// The work queues: "my work" (what I hold, by time left, and what was escalated to me) and the
/// team queue a supervisor sees for their scope.
/// </summary>
public sealed class WorkQueries(CitizenFocusDb db)
{
    public const int TeamQueueSize = 200;

    public Task<MyWork> MyWorkAsync(int memberId, DateTime nowUtc, DateTime endOfTodayUtc, CancellationToken ct = default) =>
        MyWorkAsync(new WorkReader(null, memberId, [], OrgScope.WholeForce), nowUtc, endOfTodayUtc, ct);

    /// <summary>
    /// What a member of staff holds (as a team member or as an account), and what was escalated to them:
    /// to them by name, or to a role of theirs for a record inside their scope.
    /// </summary>
    public async Task<MyWork> MyWorkAsync(WorkReader reader, DateTime nowUtc, DateTime endOfTodayUtc, CancellationToken ct = default)
    {
        var memberId = reader.MemberId;
        var userId = reader.UserId;
        var open = db.Clocks.AsNoTracking().Where(c => c.Status != ClockStatus.Ended
            && ((memberId != null && c.AssigneeMemberId == memberId) || (userId != null && c.AssigneeUserId == userId)));
        var assigned = await Rows(open.OrderBy(c => c.Status).ThenBy(c => c.DueAt), null).ToListAsync(ct);
        var escalated = await EscalatedToAsync(reader, ct);
        return new MyWork(assigned, escalated,
            assigned.Count(r => r.Status == ClockStatus.Running && r.DueAt >= nowUtc && r.DueAt < endOfTodayUtc),
            assigned.Count(r => r.Status == ClockStatus.Running && r.DueAt < nowUtc));
    }

    public async Task<TeamQueue> TeamQueueAsync(OrgScope scope, int? memberId, DateTime nowUtc, DateTime endOfTodayUtc, CancellationToken ct = default)
    {
        var clocks = db.Clocks.AsNoTracking().Where(c => c.Status != ClockStatus.Ended).InScope(scope, db);
        var running = clocks.Where(c => c.Status == ClockStatus.Running);
        var dueToday = await running.CountAsync(c => c.DueAt >= nowUtc && c.DueAt < endOfTodayUtc, ct);
        var overdue = await running.CountAsync(c => c.DueAt < nowUtc, ct);
        var open = await Rows(clocks.OrderBy(c => c.Status).ThenBy(c => c.DueAt).Take(TeamQueueSize + 1), null).ToListAsync(ct);
        var escalated = memberId is null ? [] : await EscalatedToAsync(new WorkReader(null, memberId, [], scope), ct);
        return new TeamQueue(escalated, open.Take(TeamQueueSize).ToList(), dueToday, overdue, open.Count > TeamQueueSize);
    }

    private async Task<List<QueueRow>> EscalatedToAsync(WorkReader reader, CancellationToken ct)
    {
        var memberId = reader.MemberId;
        var userId = reader.UserId;
        var roles = reader.Roles.ToList();
        var open = db.WorkItems.AsNoTracking().Where(w => w.ClearedAt == null);
        var clocksInScope = db.Clocks.InScope(reader.Scope, db);
        var mine = open.Where(w => (memberId != null && w.OwnerMemberId == memberId) || (userId != null && w.OwnerUserId == userId));
        var forMyRoles = roles.Count == 0 ? open.Where(w => false)
            : open.Where(w => w.OwnerRole != null && roles.Contains(w.OwnerRole)
                && clocksInScope.Any(c => c.Id == w.ClockId));
        var items = await mine.Select(w => new { w.ClockId, w.Reason })
            .Concat(forMyRoles.Select(w => new { w.ClockId, w.Reason }))
            .ToListAsync(ct);
        if (items.Count == 0) return [];
        var ids = items.Select(i => i.ClockId).Distinct().ToList();
        var rows = await Rows(db.Clocks.AsNoTracking().Where(c => ids.Contains(c.Id) && c.Status != ClockStatus.Ended), null).ToListAsync(ct);
        // The most serious reason per clock: a breach outranks a warning.
        var reason = items.GroupBy(i => i.ClockId).ToDictionary(g => g.Key, g => g.Max(i => i.Reason));
        return rows.Select(r => r with { EscalatedFor = reason[r.ClockId] }).OrderBy(r => r.DueAt).ToList();
    }

    private IQueryable<QueueRow> Rows(IQueryable<Clock> clocks, ClockEventKind? reason) =>
        clocks.Select(c => new QueueRow(c.Id, c.RecordType, c.RecordId, c.Title, c.DueAt, c.Status,
            c.WarnedAt != null, c.BreachedAt != null,
            db.TeamMembers.Where(m => m.Id == c.AssigneeMemberId).Select(m => m.GivenName + " " + m.FamilyName).FirstOrDefault(),
            db.Teams.Where(t => t.Id == c.TeamId).Select(t => t.Name).FirstOrDefault(),
            reason));
}
