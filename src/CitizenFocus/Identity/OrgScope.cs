using CitizenFocus.Organisation;

namespace CitizenFocus.Identity;

/// <summary>
/// An account's organisational scope with its ancestors resolved, so that a check against
/// a record's <see cref="OrgUnitRef"/> needs no database round trip. A partner agency's scope has no
/// <see cref="Level"/> (null) and names the agency: it covers no unit, only what is shared with it.
/// </summary>
public sealed record OrgScope(OrgLevel? Level, int? AreaId, int? BoroughId, int? WardId, int? PartnerAgencyId)
{
    public static readonly OrgScope WholeForce = new(OrgLevel.Force, null, null, null, null);

    /// <summary>True when a record in <paramref name="unit"/> lies inside this scope.</summary>
    public bool Covers(OrgUnitRef unit) => Level switch
    {
        OrgLevel.Force => true,
        OrgLevel.Area => unit.AreaId is not null && unit.AreaId == AreaId,
        OrgLevel.Borough => unit.BoroughId is not null && unit.BoroughId == BoroughId,
        OrgLevel.Ward => unit.WardId is not null && unit.WardId == WardId,
        _ => false, // partner agencies see only records explicitly shared with them
    };

    public bool CoversBorough(int boroughId, int areaId) => Covers(new OrgUnitRef(areaId, boroughId, null));
}
