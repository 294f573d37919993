namespace CitizenFocus.Identity;

/// <summary>
/// An account's organisational scope with its ancestors resolved, so that a check against
/// a record's <see cref="OrgUnitRef"/> needs no database round trip.
/// </summary>
public sealed record OrgScope(ScopeLevel Level, int? AreaId, int? BoroughId, int? WardId, int? PartnerAgencyId)
{
    public static readonly OrgScope WholeForce = new(ScopeLevel.Force, null, null, null, null);

    /// <summary>True when a record in <paramref name="unit"/> lies inside this scope.</summary>
    public bool Covers(OrgUnitRef unit) => Level switch
    {
        ScopeLevel.Force => true,
        ScopeLevel.Area => unit.AreaId is not null && unit.AreaId == AreaId,
        ScopeLevel.Borough => unit.BoroughId is not null && unit.BoroughId == BoroughId,
        ScopeLevel.Ward => unit.WardId is not null && unit.WardId == WardId,
        _ => false, // partner agencies see only records explicitly shared with them
    };

    public bool CoversBorough(int boroughId, int areaId) => Covers(new OrgUnitRef(areaId, boroughId, null));
}
