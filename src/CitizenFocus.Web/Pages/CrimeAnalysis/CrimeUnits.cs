using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Web.Pages.CrimeAnalysis;

/// <summary>
/// The units and crime groups the crime analysis pages offer: the force, its areas, boroughs and wards, each
/// with its place in the organisation so that the reader's scope can be checked without another query.
/// </summary>
public sealed class CrimeUnits(CitizenFocusDb db)
{
    public sealed record Unit(OrgLevel Level, int Id, string Code, string Name, int? AreaId, int? BoroughId, int? WardId)
    {
        public string LevelWord => Level.ToString().ToLowerInvariant();
    }

    public sealed record Group(string Code, string Name);

    /// <summary>Every unit, force first, then areas, then each borough followed by its wards, names in order.</summary>
    public sealed record Catalogue(IReadOnlyList<Unit> Units, IReadOnlyList<Group> Groups)
    {
        public Unit? Find(string code) =>
            Units.FirstOrDefault(u => string.Equals(u.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

        public IReadOnlyList<Unit> InScope(OrgScope scope) => [.. Units.Where(u => Covers(scope, u))];

        /// <summary>The unit a reader starts from: their own scope's unit.</summary>
        public Unit? Default(OrgScope scope) => UnitChoice.Home(scope) is { } home
            ? Units.FirstOrDefault(u => u.Level == home.Level && (home.Level == OrgLevel.Force || u.Id == home.Id))
            : null;
    }

    /// <summary>Whether the reader may analyse a unit (<see cref="UnitChoice.MayChoose"/>).</summary>
    public static bool Covers(OrgScope scope, Unit unit) => UnitChoice.MayChoose(scope, unit.Level, unit.AreaId, unit.BoroughId, unit.WardId);

    public async Task<Catalogue> ReadAsync(CancellationToken ct)
    {
        var forces = await db.Forces.AsNoTracking().OrderBy(f => f.Id)
            .Select(f => new Unit(OrgLevel.Force, f.Id, f.Code, f.Name, null, null, null)).Take(1).ToListAsync(ct);
        var areas = await db.Areas.AsNoTracking()
            .Select(a => new Unit(OrgLevel.Area, a.Id, a.Code, a.Name, a.Id, null, null)).ToListAsync(ct);
        var boroughs = await db.Boroughs.AsNoTracking()
            .Select(b => new Unit(OrgLevel.Borough, b.Id, b.Code, b.Name, b.AreaId, b.Id, null)).ToListAsync(ct);
        var wards = await db.Wards.AsNoTracking()
            .Select(w => new { w.Id, w.Code, w.Name, w.BoroughId }).ToListAsync(ct);
        var areaOf = boroughs.ToDictionary(b => b.Id, b => b.AreaId);

        var units = new List<Unit>(forces);
        units.AddRange(areas.OrderBy(a => a.Name, StringComparer.Ordinal));
        foreach (var borough in boroughs.OrderBy(b => b.Name, StringComparer.Ordinal))
        {
            units.Add(borough);
            units.AddRange(wards.Where(w => w.BoroughId == borough.Id).OrderBy(w => w.Name, StringComparer.Ordinal)
                .Select(w => new Unit(OrgLevel.Ward, w.Id, w.Code, w.Name, areaOf[w.BoroughId], w.BoroughId, w.Id)));
        }

        var groups = await db.CrimeGroups.AsNoTracking().OrderBy(g => g.SortOrder).ThenBy(g => g.Code)
            .Select(g => new Group(g.Code, g.Name)).ToListAsync(ct);
        return new Catalogue(units, groups);
    }

    /// <summary>The crime types recorded, for the near-repeat page.</summary>
    public async Task<IReadOnlyList<string>> CrimeTypesAsync(CancellationToken ct) =>
        (await db.Crimes.AsNoTracking().Select(c => c.CrimeType).Distinct().ToListAsync(ct)).Order(StringComparer.Ordinal).ToList();
}
