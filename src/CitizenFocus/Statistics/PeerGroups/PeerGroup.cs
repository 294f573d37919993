using CitizenFocus.Organisation;

namespace CitizenFocus.Statistics.PeerGroups;

/// <summary>How a unit's peers were chosen.</summary>
public enum PeerBasis
{
    /// <summary>Every other unit of the level (areas; a level without census profiles).</summary>
    AllOthers = 0,
    /// <summary>The units nearest in census profile.</summary>
    MostSimilar = 1,
    /// <summary>Chosen by an analyst in place of the most similar.</summary>
    AnalystChoice = 2,
    /// <summary>The force's Most Similar Forces.</summary>
    MostSimilarForces = 3,
}

/// <summary>
/// A unit's peer group: the codes of the units it is compared with (not the unit itself), how they were
/// chosen, and for an analyst's choice who made it and why.
/// </summary>
public sealed record PeerGroup(OrgLevel Level, string UnitCode, IReadOnlyList<string> Peers, PeerBasis Basis,
    string? SetBy = null, DateTime? SetAt = null, string? Reason = null);
