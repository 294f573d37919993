using System.Globalization;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Identity;

/// <summary>Staff accounts with their roles and scopes, for administrators.</summary>
public sealed class StaffUserQueries(CitizenFocusDb db)
{
    public Task<IReadOnlyList<StaffUserRow>> ListAsync(CancellationToken ct = default) => QueryAsync(null, ct);

    public async Task<StaffUserRow?> FindByEmailAsync(string email, CancellationToken ct = default) =>
        (await QueryAsync(email.Trim().ToUpperInvariant(), ct)).SingleOrDefault();

    private async Task<IReadOnlyList<StaffUserRow>> QueryAsync(string? normalizedEmail, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (normalizedEmail is not null) query = query.Where(u => u.NormalizedEmail == normalizedEmail);
        var users = await query
            .OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.ScopeLevel, u.ScopeUnitId, u.IsDemo, u.LockoutEnd })
            .ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var roles = (await (
                from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                where ids.Contains(ur.UserId)
                select new { ur.UserId, r.Name })
            .AsNoTracking().ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);

        var units = await UnitCodesAsync(users.Where(u => u.ScopeUnitId is not null).Select(u => (u.ScopeLevel, u.ScopeUnitId!.Value)), ct);
        return users.Select(u => new StaffUserRow(
                u.Id, u.Email ?? "", u.DisplayName, roles[u.Id].Order(StringComparer.Ordinal).ToList(),
                u.ScopeLevel, u.ScopeUnitId is { } unit ? units.GetValueOrDefault((u.ScopeLevel, unit)) : null,
                u.IsDemo, u.LockoutEnd))
            .ToList();
    }

    private async Task<Dictionary<(OrgLevel?, int), string>> UnitCodesAsync(IEnumerable<(OrgLevel? Level, int Id)> scopes, CancellationToken ct)
    {
        var wanted = scopes.ToLookup(s => s.Level, s => s.Id);
        var codes = new Dictionary<(OrgLevel?, int), string>();
        List<int> Ids(OrgLevel? level) => wanted[level].Distinct().ToList();

        var areaIds = Ids(OrgLevel.Area);
        foreach (var a in await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).Select(a => new { a.Id, a.Code }).ToListAsync(ct))
            codes[(OrgLevel.Area, a.Id)] = a.Code;
        var boroughIds = Ids(OrgLevel.Borough);
        foreach (var b in await db.Boroughs.AsNoTracking().Where(b => boroughIds.Contains(b.Id)).Select(b => new { b.Id, b.Code }).ToListAsync(ct))
            codes[(OrgLevel.Borough, b.Id)] = b.Code;
        var wardIds = Ids(OrgLevel.Ward);
        foreach (var w in await db.Wards.AsNoTracking().Where(w => wardIds.Contains(w.Id)).Select(w => new { w.Id, w.Code }).ToListAsync(ct))
            codes[(OrgLevel.Ward, w.Id)] = w.Code;
        // A partner agency account has no level: its unit is the agency's id.
        foreach (var id in Ids(null))
            codes[(null, id)] = id.ToString(CultureInfo.InvariantCulture);
        return codes;
    }
}
