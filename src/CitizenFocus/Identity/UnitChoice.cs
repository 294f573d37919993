using CitizenFocus.Organisation;

namespace CitizenFocus.Identity;

/// <summary>
/// The rule for which units (force, area, borough, ward) a reader may choose for figures and analyses,
/// used by the crime, performance and compliance pages alike: a unit lies wholly inside the reader's
/// scope. So the force is for force-wide readers only, an area for its own area's readers (and the
/// force's), a borough or ward for readers whose scope holds it. A ward's readers may choose their ward
/// but not its borough; partner agencies choose no unit.
/// </summary>
public static class UnitChoice
{
    /// <summary>
    /// Whether the reader may choose a unit, given by its level and its ids down to that level
    /// (an area: its id; a borough: its area and id; a ward: its area, borough and id).
    /// </summary>
    public static bool MayChoose(OrgScope scope, OrgLevel level, int? areaId, int? boroughId, int? wardId) => level switch
    {
        OrgLevel.Force => scope.Level == OrgLevel.Force,
        OrgLevel.Area => ScopeRule.Covers(scope, new OrgUnitRef(areaId, null, null)),
        OrgLevel.Borough => ScopeRule.Covers(scope, new OrgUnitRef(areaId, boroughId, null)),
        _ => ScopeRule.Covers(scope, new OrgUnitRef(areaId, boroughId, wardId)),
    };

    /// <summary>The unit a reader starts from, their scope's own (the force's id is not held: null); null for partner agencies.</summary>
    public static (OrgLevel Level, int? Id)? Home(OrgScope scope) => scope.Level switch
    {
        OrgLevel.Force => (OrgLevel.Force, null),
        OrgLevel.Area => (OrgLevel.Area, scope.AreaId),
        OrgLevel.Borough => (OrgLevel.Borough, scope.BoroughId),
        OrgLevel.Ward => (OrgLevel.Ward, scope.WardId),
        _ => null,
    };

    /// <summary>The scope that reads exactly one unit's records, for analyses confined to a unit the reader chose.</summary>
    public static OrgScope ScopeOf(OrgLevel level, int id) => level switch
    {
        OrgLevel.Area => new OrgScope(OrgLevel.Area, id, null, null, null),
        OrgLevel.Borough => new OrgScope(OrgLevel.Borough, null, id, null, null),
        OrgLevel.Ward => new OrgScope(OrgLevel.Ward, null, null, id, null),
        _ => OrgScope.WholeForce,
    };

    /// <summary>The borough a borough's or ward's reader starts from; null for wider scopes and partner agencies.</summary>
    public static int? HomeBorough(OrgScope scope) => scope.Level is OrgLevel.Borough or OrgLevel.Ward ? scope.BoroughId : null;
}
