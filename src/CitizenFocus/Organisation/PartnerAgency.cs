namespace CitizenFocus.Organisation;

public enum PartnerKind
{
    Council = 0,
    Housing = 1,
    Transport = 2,
    Health = 3,
    Other = 4,
}

/// <summary>A partner agency (council, housing, transport) whose users see only what is shared with them.</summary>
public sealed class PartnerAgency
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public PartnerKind Kind { get; set; }
    public int? BoroughId { get; set; }
}
