namespace CitizenFocus.Organisation;

/// <summary>A force in the home force's Most Similar Forces family (reference data for comparisons).</summary>
public sealed class PeerForce
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>True for the force itself, which the peer average includes.</summary>
    public bool IsHomeForce { get; set; }
}
