namespace CitizenFocus.Organisation;

/// <summary>
/// The levels of the force's organisation: force → area → borough → ward. The one type for "at what level":
/// an account's scope, performance figures and published indicators, crime analyses and compliance.
/// <para>
/// Two things sit beside the levels rather than among them, and are not members: a partner agency (an
/// account scoped to one sees only what is shared with it, so its scope has no level) and a neighbourhood
/// team (compliance can be reported by team, an option of its own). Where they apply the level is null.
/// </para>
/// </summary>
public enum OrgLevel
{
    Force = 0,
    Area = 1,
    Borough = 2,
    Ward = 3,
}
