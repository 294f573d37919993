namespace CitizenFocus.Sharing;

/// <summary>
/// A record shared with a partner agency: who shared it, when and why. The agency's users may then read
/// the record, without the person's details unless a <see cref="PartnerDisclosure"/> is recorded too.
/// Records are named as the audit trail names them: a type ("Call", "Message") and a reference.
/// </summary>
public sealed class PartnerShare
{
    public long Id { get; set; }
    public int PartnerAgencyId { get; set; }
    public required string RecordType { get; set; }
    public required string RecordId { get; set; }
    public required string Reason { get; set; }
    public required string SharedBy { get; set; }
    public DateTime SharedAt { get; set; }
}
