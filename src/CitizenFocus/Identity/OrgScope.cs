using CitizenFocus.Organisation;

namespace CitizenFocus.Identity;

/// <summary>
/// An account's organisational scope with its ancestors resolved, so that a check against
/// a record's <see cref="OrgUnitRef"/> needs no database round trip. A partner agency's scope has no
/// <see cref="Level"/> (null) and names the agency: it covers no unit, only what is shared with it.
/// What a scope lets a reader see is decided in one place, <see cref="ScopeRule"/>; which units it
/// lets them choose, in <see cref="UnitChoice"/>.
/// </summary>
public sealed record OrgScope(OrgLevel? Level, int? AreaId, int? BoroughId, int? WardId, int? PartnerAgencyId)
{
    public static readonly OrgScope WholeForce = new(OrgLevel.Force, null, null, null, null);

    /// <summary>A partner agency's scope: it sees only what is shared with the agency.</summary>
    public static OrgScope Partner(int? agencyId) => new(null, null, null, null, agencyId);

    public bool IsPartnerAgency => ScopeRule.PartnerAgencyOf(this) is not null;

    /// <summary>True when a record in <paramref name="unit"/> lies inside this scope (<see cref="ScopeRule.Covers"/>).</summary>
    public bool Covers(OrgUnitRef unit) => ScopeRule.Covers(this, unit);

    public bool CoversBorough(int boroughId, int areaId) => Covers(new OrgUnitRef(areaId, boroughId, null));
}
