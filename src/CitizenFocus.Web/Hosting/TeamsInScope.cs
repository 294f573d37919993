using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Web.Hosting;

/// <summary>The teams a member of staff may log messages for: those inside their scope.</summary>
public sealed class TeamsInScope(CitizenFocusDb db)
{
    public sealed record Choice(string Slug, string Name, string BoroughName);

    public async Task<IReadOnlyList<Choice>> ListAsync(OrgScope scope, CancellationToken ct = default)
    {
        var teams = db.Teams.AsNoTracking().InScope(scope, db);
        var rows = await teams
            .Join(db.Boroughs, t => t.BoroughId, b => b.Id, (t, b) => new Choice(t.Slug, t.Name, b.Name))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.BoroughName, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Where a team sits, or null when there is no such team.</summary>
    public async Task<OrgUnitRef?> UnitOfAsync(string? slug, CancellationToken ct = default) =>
        string.IsNullOrEmpty(slug) ? null : await db.Teams.AsNoTracking().Where(t => t.Slug == slug)
            .Join(db.Boroughs, t => t.BoroughId, b => b.Id, (t, b) => new OrgUnitRef(b.AreaId, t.BoroughId, t.WardId))
            .SingleOrDefaultAsync(ct);
}
