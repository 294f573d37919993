namespace CitizenFocus.Retention;

/// <summary>
/// An administrator's order that one record be kept whatever its retention rule says (litigation, an
/// inquiry, a complaint to the IOPC). The sweep leaves a held record alone until the hold is released.
/// </summary>
public sealed class LegalHold
{
    public long Id { get; set; }
    public required string RecordType { get; set; }
    public required string RecordId { get; set; }
    public required string Reason { get; set; }
    public required string SetBy { get; set; }
    public DateTime SetAt { get; set; }
    public DateTime? ReleasedAt { get; set; }
    public string? ReleasedBy { get; set; }
}
