using CitizenFocus.Data;
using CitizenFocus.Identity;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Promises;

/// <summary>
/// The work queues: "my work" (what I hold, by time left, and what was escalated to me) and the
/// team queue a supervisor sees for their scope.
/// </summary>
public sealed class WorkQueries(CitizenFocusDb db)
{
    public const int TeamQueueSize = 200;

    public async Task<MyWork> MyWorkAsync(int memberId, DateTime nowUtc, DateTime endOfTodayUtc, CancellationToken ct = default)
    {
        var open = db.Clocks.AsNoTracking().Where(c => c.AssigneeMemberId == memberId && c.Status != ClockStatus.Ended);
        var assigned = await Rows(open.OrderBy(c => c.Status).ThenBy(c => c.DueAt), null).ToListAsync(ct);
        var escalated = await EscalatedTo([memberId], ct);
        return new MyWork(assigned, escalated,
            assigned.Count(r => r.Status == ClockStatus.Running && r.DueAt >= nowUtc && r.DueAt < endOfTodayUtc),
            assigned.Count(r => r.Status == ClockStatus.Running && r.DueAt < nowUtc));
    }

    public async Task<TeamQueue> TeamQueueAsync(OrgScope scope, int? memberId, DateTime nowUtc, DateTime endOfTodayUtc, CancellationToken ct = default)
    {
        var clocks = db.Clocks.AsNoTracking().Where(c => c.Status != ClockStatus.Ended);
        clocks = clocks.InScope(scope, db);
        var running = clocks.Where(c => c.Status == ClockStatus.Running);
        var dueToday = await running.CountAsync(c => c.DueAt >= nowUtc && c.DueAt < endOfTodayUtc, ct);
        var overdue = await running.CountAsync(c => c.DueAt < nowUtc, ct);
        var open = await Rows(clocks.OrderBy(c => c.Status).ThenBy(c => c.DueAt).Take(TeamQueueSize + 1), null).ToListAsync(ct);
        var escalated = memberId is null ? [] : await EscalatedTo([memberId.Value], ct);
        return new TeamQueue(escalated, open.Take(TeamQueueSize).ToList(), dueToday, overdue, open.Count > TeamQueueSize);
    }

    private async Task<List<QueueRow>> EscalatedTo(int[] members, CancellationToken ct)
    {
        var items = await db.WorkItems.AsNoTracking()
            .Where(w => w.OwnerMemberId != null && members.Contains(w.OwnerMemberId.Value) && w.ClearedAt == null)
            .Select(w => new { w.ClockId, w.Reason })
            .ToListAsync(ct);
        if (items.Count == 0) return [];
        var ids = items.Select(i => i.ClockId).Distinct().ToList();
        var rows = await Rows(db.Clocks.AsNoTracking().Where(c => ids.Contains(c.Id)), null).ToListAsync(ct);
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
