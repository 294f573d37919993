namespace CitizenFocus.Sharing;

/// <summary>
/// The person's details in a shared record (name, phone, email, address) disclosed to the agency the
/// record is shared with, with the justification the law asks for (DPA 2018 s.62 logs it as a disclosure).
/// </summary>
public sealed class PartnerDisclosure
{
    public long Id { get; set; }
    public long ShareId { get; set; }
    public required string Justification { get; set; }
    public required string DisclosedBy { get; set; }
    public DateTime DisclosedAt { get; set; }
}
