namespace CitizenFocus.Audit;

/// <summary>
/// The single row holding the chain's last sequence and hash. Updating it inside the appending
/// transaction serialises writers on both databases and lets verification detect deleted tail rows.
/// </summary>
public sealed class AuditChainHead
{
    public int Id { get; set; } = 1;
    public long LastSequence { get; set; }
    public required string LastHash { get; set; }
}
