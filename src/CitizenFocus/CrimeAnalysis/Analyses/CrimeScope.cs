using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// The unit an analysis is confined to, resolved from a code (an area, borough or ward code, the force's
/// code, or none for the whole force), with the organisation it needs to count crimes per unit.
/// </summary>
internal sealed class CrimeScope
{
    private CrimeScope(AnalysisUnit unit, Organisation org)
    {
        Unit = unit;
        Org = org;
    }

    public AnalysisUnit Unit { get; }
    public Organisation Org { get; }

    public static async Task<Result<CrimeScope>> ResolveAsync(CitizenFocusDb db, string? code, CancellationToken ct)
    {
        var org = await Organisation.LoadAsync(db, ct);
        if (org.Force is null) return Result.NotFound("unit", "the database holds no force");
        if (string.IsNullOrWhiteSpace(code)) return new CrimeScope(org.Force, org);
        var wanted = code.Trim();
        var unit = Match(org.Force, wanted)
            ?? org.Areas.Values.FirstOrDefault(u => Is(u, wanted))
            ?? org.Boroughs.Values.FirstOrDefault(u => Is(u, wanted))
            ?? org.Wards.Values.FirstOrDefault(u => Is(u, wanted));
        return unit is null
            ? Result.NotFound("unit", $"'{wanted}' is not the code of the force, an area, a borough or a ward")
            : new CrimeScope(unit.Unit, org);
    }

    /// <summary>The crimes within the unit: the scope rule, with the unit as the scope.</summary>
    public IQueryable<Crime> Crimes(CitizenFocusDb db) => db.Crimes.AsNoTracking().InScope(UnitChoice.ScopeOf(Unit.Level, Unit.Id), db);

    /// <summary>The crimes within the unit committed in the period.</summary>
    public IQueryable<Crime> Crimes(CitizenFocusDb db, AnalysisPeriod period)
    {
        var (from, to) = (period.FromUtc, period.ToUtc);
        return Crimes(db).Where(c => c.CommittedAt >= from && c.CommittedAt < to);
    }

    /// <summary>The units of a level that lie within the scope, in name order; invalid when the level is above the scope.</summary>
    public Result<IReadOnlyList<AnalysisUnit>> UnitsAt(OrgLevel level)
    {
        if (level < Unit.Level)
            return Result.Invalid("level", $"a {Unit.Level.ToString().ToLowerInvariant()} holds no {level.ToString().ToLowerInvariant()}s: choose a level at or below it");
        IEnumerable<OrgUnit> units = level switch
        {
            OrgLevel.Force => [new OrgUnit(Org.Force!, null)],
            OrgLevel.Area => Org.Areas.Values,
            OrgLevel.Borough => Org.Boroughs.Values,
            _ => Org.Wards.Values,
        };
        return Result<IReadOnlyList<AnalysisUnit>>.Ok(
            [.. units.Where(Contains).Select(u => u.Unit).OrderBy(u => u.Name, StringComparer.Ordinal).ThenBy(u => u.Code, StringComparer.Ordinal)]);
    }

    /// <summary>The id of the unit of <paramref name="level"/> that a borough (and ward) belongs to, or null.</summary>
    public int? UnitOf(OrgLevel level, int boroughId, int? wardId) => level switch
    {
        OrgLevel.Force => Org.Force!.Id,
        OrgLevel.Area => Org.Boroughs.TryGetValue(boroughId, out var b) ? b.ParentId : null,
        OrgLevel.Borough => boroughId,
        _ => wardId,
    };

    private bool Contains(OrgUnit unit)
    {
        if (Unit.Level == OrgLevel.Force) return true;
        var chain = unit;
        while (chain is not null && chain.Unit.Level > Unit.Level) chain = Org.Parent(chain);
        return chain is not null && chain.Unit.Level == Unit.Level && chain.Id == Unit.Id;
    }

    private static bool Is(OrgUnit unit, string code) => string.Equals(unit.Unit.Code, code, StringComparison.OrdinalIgnoreCase);

    private static OrgUnit? Match(AnalysisUnit force, string code) =>
        string.Equals(force.Code, code, StringComparison.OrdinalIgnoreCase) ? new OrgUnit(force, null) : null;

    internal sealed record OrgUnit(AnalysisUnit Unit, int? ParentId)
    {
        public int Id => Unit.Id;
    }

    /// <summary>The force's units, small enough to hold whole (the Met has 630 wards).</summary>
    internal sealed class Organisation
    {
        public AnalysisUnit? Force { get; private init; }
        public Dictionary<int, OrgUnit> Areas { get; private init; } = [];
        public Dictionary<int, OrgUnit> Boroughs { get; private init; } = [];
        public Dictionary<int, OrgUnit> Wards { get; private init; } = [];

        public OrgUnit? Parent(OrgUnit unit) => unit.Unit.Level switch
        {
            OrgLevel.Ward => Boroughs.GetValueOrDefault(unit.ParentId ?? 0),
            OrgLevel.Borough => Areas.GetValueOrDefault(unit.ParentId ?? 0),
            OrgLevel.Area => new OrgUnit(Force!, null),
            _ => null,
        };

        public static async Task<Organisation> LoadAsync(CitizenFocusDb db, CancellationToken ct)
        {
            var force = await db.Forces.AsNoTracking().OrderBy(f => f.Id)
                .Select(f => new AnalysisUnit(OrgLevel.Force, f.Id, f.Code, f.Name)).FirstOrDefaultAsync(ct);
            var areas = await db.Areas.AsNoTracking()
                .Select(a => new OrgUnit(new AnalysisUnit(OrgLevel.Area, a.Id, a.Code, a.Name), a.ForceId)).ToListAsync(ct);
            var boroughs = await db.Boroughs.AsNoTracking()
                .Select(b => new OrgUnit(new AnalysisUnit(OrgLevel.Borough, b.Id, b.Code, b.Name), b.AreaId)).ToListAsync(ct);
            var wards = await db.Wards.AsNoTracking()
                .Select(w => new OrgUnit(new AnalysisUnit(OrgLevel.Ward, w.Id, w.Code, w.Name), w.BoroughId)).ToListAsync(ct);
            return new Organisation
            {
                Force = force,
                Areas = areas.ToDictionary(u => u.Id),
                Boroughs = boroughs.ToDictionary(u => u.Id),
                Wards = wards.ToDictionary(u => u.Id),
            };
        }
    }
}
