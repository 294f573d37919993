namespace CitizenFocus.Sharing;

/// <summary>A record shared with the reader's agency, for the list on a partner's home page.</summary>
public sealed record SharedRecordRow(string RecordType, string RecordId, string Title, DateTime RecordedAt,
    string BoroughName, string? WardName, DateTime SharedAt, string Reason, bool PersonalDetailsDisclosed);

/// <summary>How one record is shared with one agency: who shared it, when and why, and any disclosure of the person's details.</summary>
public sealed record ShareView(int AgencyId, string AgencyName, DateTime SharedAt, string SharedBy, string Reason,
    DateTime? DisclosedAt, string? DisclosedBy, string? Justification)
{
    public bool PersonalDetailsDisclosed => DisclosedAt is not null;
}

/// <summary>A record a member of staff may share: what it is about and where, for the sharing page.</summary>
public sealed record ShareableRecord(string RecordType, string RecordId, string Title, DateTime RecordedAt,
    int BoroughId, string BoroughName, string? WardName);

public sealed record PartnerAgencyView(int Id, string Name, string Kind, string? BoroughName);
