using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Contact;

/// <summary>Reads of team messages, narrowed to the reader's scope.</summary>
public sealed class MessageQueries(CitizenFocusDb db)
{
    public const int PageSize = 50;

    public async Task<Page<MessageListRow>> ListAsync(OrgScope scope, MessageStatus? status, int page, CancellationToken ct = default)
    {
        var messages = db.TeamMessages.AsNoTracking().InScope(scope, db);
        if (status is not null) messages = messages.Where(m => m.Status == status);
        page = Math.Max(1, page);
        var total = await messages.LongCountAsync(ct);
        var rows = await messages.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new MessageListRow(m.Reference, m.ReceivedAt, m.Channel, m.Status, m.Subject,
                db.Teams.Where(t => t.Id == m.TeamId).Select(t => t.Name).First(),
                db.TeamMembers.Where(x => x.Id == m.AssigneeMemberId).Select(x => x.GivenName + " " + x.FamilyName).FirstOrDefault(),
                db.Clocks.Where(c => c.Id == m.ClockId).Select(c => (DateTime?)c.DueAt).FirstOrDefault(),
                db.Clocks.Any(c => c.Id == m.ClockId && c.BreachedAt != null)))
            .ToListAsync(ct);
        return new Page<MessageListRow>(rows, page, PageSize, total);
    }

    /// <summary>Whether a message has this reference, in any scope: to tell a refused attempt on a real record from a mistyped reference.</summary>
    public Task<bool> ExistsAnywhereAsync(string reference, CancellationToken ct = default) =>
        db.TeamMessages.AsNoTracking().AnyAsync(m => m.Reference == reference, ct);

    /// <summary>The message by reference when the scope may see it; <see cref="ConsultMessage"/> audits the reading.</summary>
    public async Task<MessageRecord?> FindAsync(string reference, OrgScope scope, CancellationToken ct = default)
    {
        var m = await db.TeamMessages.AsNoTracking().InScope(scope, db).SingleOrDefaultAsync(x => x.Reference == reference, ct);
        if (m is null) return null;
        var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == m.TeamId, ct);
        var areaId = await db.Boroughs.Where(b => b.Id == m.BoroughId).Select(b => b.AreaId).SingleAsync(ct);
        var clock = m.ClockId is null ? null : await db.Clocks.AsNoTracking().SingleOrDefaultAsync(c => c.Id == m.ClockId, ct);
        var events = clock is null ? [] : await db.ClockEvents.AsNoTracking().Where(e => e.ClockId == clock.Id)
            .OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new ClockEventView(e.Kind, e.At, e.Actor, e.Note)).ToListAsync(ct);
        var members = await db.TeamMembers.AsNoTracking().Where(x => x.TeamId == m.TeamId)
            .OrderBy(x => x.FamilyName).Select(x => new TeamMemberOption(x.Id, x.GivenName + " " + x.FamilyName)).ToListAsync(ct);
        return new MessageRecord(m.Reference, m.ReceivedAt, m.Channel, m.Status, m.CitizenName, m.CitizenEmail, m.CitizenPhone,
            m.CitizenAddress, m.PreferredReply, m.Subject, m.Body, team.Slug, team.Name, team.Id, m.AssigneeMemberId,
            members.FirstOrDefault(x => x.Id == m.AssigneeMemberId)?.Name, m.RepliedAt, m.RepliedBy, m.ReplySummary,
            clock?.Id, clock?.DueAt, clock?.WarnAt, clock?.WarnedAt, clock?.BreachedAt, clock?.Status, clock?.Outcome,
            clock?.Explanation, events, members, new OrgUnitRef(areaId, m.BoroughId, m.WardId));
    }
}
