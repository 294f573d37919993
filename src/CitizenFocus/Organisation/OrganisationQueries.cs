using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Organisation;

/// <summary>
/// Reads for the organisation browser, the staff directory and their APIs. Each query touches
/// only the unit asked for and its children, through indexed keys, so its cost does not grow
/// with the size of the force.
/// </summary>
public sealed class OrganisationQueries(CitizenFocusDb db)
{
    public const int StaffPageSize = 50;

    public async Task<ForceView?> ForceAsync(CancellationToken ct = default)
    {
        var force = await db.Forces.AsNoTracking().OrderBy(f => f.Id).FirstOrDefaultAsync(ct);
        if (force is null) return null;
        var areas = await db.Areas.AsNoTracking().Where(a => a.ForceId == force.Id).OrderBy(a => a.Name)
            .Select(a => new UnitCount(a.Code, a.Name,
                db.Boroughs.Count(b => b.AreaId == a.Id),
                db.Wards.Count(w => db.Boroughs.Any(b => b.Id == w.BoroughId && b.AreaId == a.Id)),
                db.TeamMembers.Count(m => db.Teams.Any(t => t.Id == m.TeamId && db.Boroughs.Any(b => b.Id == t.BoroughId && b.AreaId == a.Id)))))
            .ToListAsync(ct);
        var peers = await db.PeerForces.AsNoTracking().OrderByDescending(p => p.IsHomeForce).ThenBy(p => p.Name)
            .Select(p => new PeerForceView(p.Code, p.Name, p.IsHomeForce)).ToListAsync(ct);
        return new ForceView(force.Code, force.Name, areas, peers);
    }

    public async Task<AreaView?> AreaAsync(string code, CancellationToken ct = default)
    {
        var area = await db.Areas.AsNoTracking().Where(a => a.Code == code)
            .Select(a => new { a.Id, a.Code, a.Name, Force = db.Forces.Where(f => f.Id == a.ForceId).Select(f => f.Name).First() })
            .SingleOrDefaultAsync(ct);
        if (area is null) return null;
        var boroughs = await db.Boroughs.AsNoTracking().Where(b => b.AreaId == area.Id).OrderBy(b => b.Name)
            .Select(b => new UnitCount(b.Code, b.Name, 1,
                db.Wards.Count(w => w.BoroughId == b.Id),
                db.TeamMembers.Count(m => db.Teams.Any(t => t.Id == m.TeamId && t.BoroughId == b.Id))))
            .ToListAsync(ct);
        return new AreaView(area.Code, area.Name, area.Force, boroughs);
    }

    public async Task<BoroughView?> BoroughAsync(string code, CancellationToken ct = default)
    {
        var borough = await db.Boroughs.AsNoTracking().Where(b => b.Code == code)
            .Join(db.Areas, b => b.AreaId, a => a.Id, (b, a) => new { b.Id, b.Code, b.Name, AreaCode = a.Code, AreaName = a.Name })
            .SingleOrDefaultAsync(ct);
        if (borough is null) return null;

        var wards = await db.Wards.AsNoTracking().Where(w => w.BoroughId == borough.Id).OrderBy(w => w.Name)
            .Select(w => new { w.Id, w.Code, w.Name, w.Setting, w.Population }).ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().Where(t => t.BoroughId == borough.Id)
            .Select(t => new { t.Id, t.Slug, t.Name, t.Kind, t.WardId }).ToListAsync(ct);
        var counts = await RoleCountsAsync(teams.Select(t => t.Id).ToList(), ct);

        var wardRows = wards.Select(w =>
        {
            var team = teams.FirstOrDefault(t => t.WardId == w.Id && t.Kind == TeamKind.WardTeam);
            var c = team is null ? RoleCounts.None : counts.GetValueOrDefault(team.Id, RoleCounts.None);
            var establishment = w.Population > Ward.LargeWardResidents ? Establishment.LargeWard : Establishment.Standard;
            return new WardSummary(w.Code, w.Name, w.Setting, w.Population, team?.Slug, c.Total,
                establishment.ShortfallsOf(c.Sergeants, c.Constables, c.Pcsos).Count > 0);
        }).ToList();
        var boroughTeams = teams.Where(t => t.WardId is null).OrderBy(t => t.Name)
            .Select(t => new TeamSummary(t.Slug, t.Name, t.Kind, counts.GetValueOrDefault(t.Id, RoleCounts.None).Total)).ToList();
        return new BoroughView(borough.Code, borough.Name, borough.AreaCode, borough.AreaName, wardRows, boroughTeams);
    }

    public async Task<WardView?> WardAsync(string code, CancellationToken ct = default)
    {
        var ward = await db.Wards.AsNoTracking().SingleOrDefaultAsync(w => w.Code == code, ct);
        if (ward is null) return null;
        var place = await db.Boroughs.AsNoTracking().Where(b => b.Id == ward.BoroughId)
            .Join(db.Areas, b => b.AreaId, a => a.Id, (b, a) => new { BoroughCode = b.Code, BoroughName = b.Name, AreaCode = a.Code, AreaName = a.Name })
            .SingleAsync(ct);
        var teams = await db.Teams.AsNoTracking().Where(t => t.WardId == ward.Id)
            .Select(t => new TeamSummary(t.Slug, t.Name, t.Kind, db.TeamMembers.Count(m => m.TeamId == t.Id)))
            .ToListAsync(ct);
        return new WardView(ward.Id, ward.Code, ward.Name, ward.Setting, ward.Population, ward.BoundaryWkt,
            ward.CentroidLatitude, ward.CentroidLongitude, place.BoroughCode, place.BoroughName, place.AreaCode, place.AreaName,
            ward.Census, teams, Establishment.For(ward));
    }

    public async Task<TeamView?> TeamAsync(string slug, CancellationToken ct = default)
    {
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, ct);
        if (team is null) return null;
        var place = await db.Boroughs.AsNoTracking().Where(b => b.Id == team.BoroughId)
            .Join(db.Areas, b => b.AreaId, a => a.Id, (b, a) => new { BoroughCode = b.Code, BoroughName = b.Name, AreaCode = a.Code, AreaName = a.Name })
            .SingleAsync(ct);
        var ward = team.WardId is null ? null : await db.Wards.AsNoTracking().SingleAsync(w => w.Id == team.WardId, ct);
        var inspector = team.InspectorMemberId is null ? null : await db.TeamMembers.AsNoTracking()
            .Where(m => m.Id == team.InspectorMemberId).Select(m => m.GivenName + " " + m.FamilyName).SingleOrDefaultAsync(ct);
        var members = await db.TeamMembers.AsNoTracking().Where(m => m.TeamId == team.Id)
            .OrderBy(m => m.Role).ThenBy(m => m.FamilyName)
            .Select(m => new MemberView(m.Id, m.StaffNumber, m.GivenName + " " + m.FamilyName, m.Role, m.Email, m.Phone))
            .ToListAsync(ct);

        Establishment? establishment = null;
        IReadOnlyList<Shortfall> shortfalls = [];
        if (ward is not null && team.Kind == TeamKind.WardTeam)
        {
            establishment = Establishment.For(ward);
            shortfalls = establishment.ShortfallsOf(
                members.Count(m => m.Role == StaffRole.Sergeant),
                members.Count(m => m.Role == StaffRole.Constable),
                members.Count(m => m.Role == StaffRole.Pcso));
        }
        return new TeamView(team.Slug, team.Name, team.Kind, team.BaseAddress, team.Phone, team.Email, team.DetailsReviewedAt,
            ward?.Code, ward?.Name, place.BoroughCode, place.BoroughName, place.AreaCode, place.AreaName, inspector,
            members, establishment, shortfalls);
    }

    /// <summary>Ward teams with fewer sergeants, PCs or PCSOs than their establishment, optionally in one borough.</summary>
    public async Task<IReadOnlyList<BelowEstablishmentRow>> BelowEstablishmentAsync(string? boroughCode, CancellationToken ct = default)
    {
        var teams = db.Teams.AsNoTracking().Where(t => t.Kind == TeamKind.WardTeam && t.WardId != null);
        if (!string.IsNullOrEmpty(boroughCode))
            teams = teams.Where(t => db.Boroughs.Any(b => b.Id == t.BoroughId && b.Code == boroughCode));
        var rows = await teams
            .Join(db.Wards, t => t.WardId, w => w.Id, (t, w) => new { t.Id, t.Slug, t.Name, WardCode = w.Code, WardName = w.Name, w.Population, w.BoroughId })
            .Join(db.Boroughs, x => x.BoroughId, b => b.Id, (x, b) => new
            {
                x.Slug, x.Name, x.WardCode, x.WardName, x.Population, BoroughName = b.Name,
                Sergeants = db.TeamMembers.Count(m => m.TeamId == x.Id && m.Role == StaffRole.Sergeant),
                Constables = db.TeamMembers.Count(m => m.TeamId == x.Id && m.Role == StaffRole.Constable),
                Pcsos = db.TeamMembers.Count(m => m.TeamId == x.Id && m.Role == StaffRole.Pcso),
            })
            .ToListAsync(ct);
        return rows
            .Select(r =>
            {
                var e = r.Population > Ward.LargeWardResidents ? Establishment.LargeWard : Establishment.Standard;
                return new BelowEstablishmentRow(r.Slug, r.Name, r.WardCode, r.WardName, r.BoroughName, e,
                    r.Sergeants, r.Constables, r.Pcsos, e.ShortfallsOf(r.Sergeants, r.Constables, r.Pcsos));
            })
            .Where(r => r.Shortfalls.Count > 0)
            .OrderBy(r => r.BoroughName).ThenBy(r => r.WardName)
            .ToList();
    }

    /// <summary>
    /// Finds staff by surname prefix, "given surname", or exact staff number. Prefixes are matched as an
    /// index range on the upper-case search name, never as a scan.
    /// </summary>
    public async Task<StaffSearchResult> SearchStaffAsync(string? query, StaffRole? role, int page = 1, CancellationToken ct = default)
    {
        var q = (query ?? "").Trim();
        if (q.Length == 0) return new StaffSearchResult("", [], false);
        var upper = string.Join(' ', q.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var words = upper.Split(' ');
        // "Ann Smith" is stored as "SMITH ANN": search the surname first.
        var prefix = words.Length >= 2 ? $"{words[^1]} {string.Join(' ', words[..^1])}" : upper;
        var end = prefix + "\uffff";

        var members = db.TeamMembers.AsNoTracking()
            .Where(m => (string.Compare(m.SearchName, prefix) >= 0 && string.Compare(m.SearchName, end) < 0) || m.StaffNumber == upper);
        if (role is not null) members = members.Where(m => m.Role == role);
        page = Math.Max(1, page);
        var rows = await members
            .OrderBy(m => m.SearchName).ThenBy(m => m.Id)
            .Skip((page - 1) * StaffPageSize).Take(StaffPageSize + 1)
            .Join(db.Teams, m => m.TeamId, t => t.Id, (m, t) => new { m, t })
            .Join(db.Boroughs, x => x.t.BoroughId, b => b.Id, (x, b) => new StaffSearchRow(
                x.m.Id, x.m.StaffNumber, x.m.GivenName + " " + x.m.FamilyName, x.m.Role, x.t.Name, x.t.Slug,
                db.Wards.Where(w => w.Id == x.t.WardId).Select(w => w.Name).FirstOrDefault(), b.Name))
            .ToListAsync(ct);
        return new StaffSearchResult(q, rows.Take(StaffPageSize).ToList(), rows.Count > StaffPageSize);
    }

    private sealed record RoleCounts(int Sergeants, int Constables, int Pcsos, int Total)
    {
        public static readonly RoleCounts None = new(0, 0, 0, 0);
    }

    private async Task<Dictionary<int, RoleCounts>> RoleCountsAsync(List<int> teamIds, CancellationToken ct)
    {
        var rows = await db.TeamMembers.AsNoTracking().Where(m => teamIds.Contains(m.TeamId))
            .GroupBy(m => m.TeamId)
            .Select(g => new
            {
                TeamId = g.Key,
                Sergeants = g.Count(m => m.Role == StaffRole.Sergeant),
                Constables = g.Count(m => m.Role == StaffRole.Constable),
                Pcsos = g.Count(m => m.Role == StaffRole.Pcso),
                Total = g.Count(),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.TeamId, r => new RoleCounts(r.Sergeants, r.Constables, r.Pcsos, r.Total));
    }
}
