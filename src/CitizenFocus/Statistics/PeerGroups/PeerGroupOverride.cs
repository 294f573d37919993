using CitizenFocus.Organisation;

namespace CitizenFocus.Statistics.PeerGroups;

/// <summary>
/// An analyst's choice of a unit's peers in place of the most similar units by census profile (for
/// example when a ward's boundary changed, or a borough's profile is dominated by an airport). Every
/// change is audited with the group before and after.
/// </summary>
public sealed class PeerGroupOverride
{
    public const int ReasonLength = 500;

    public int Id { get; set; }
    public OrgLevel Level { get; set; }
    public required string UnitCode { get; set; }

    /// <summary>The chosen peers' codes, separated by ';' (the unit itself is not listed).</summary>
    public required string PeerCodes { get; set; }

    public required string Reason { get; set; }
    public required string SetBy { get; set; }
    public DateTime SetAt { get; set; }

    public IReadOnlyList<string> Peers => PeerCodes.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
