namespace CitizenFocus.Retention;

/// <summary>
/// A person's request to see the personal data the force holds about them (DPA 2018 s.45), answered within one
/// calendar month: a clock on the promise engine from the day it was received. It holds what the person is known by, so
/// that the search can be run again, and the records found, each of which a reviewer may withhold under an exemption.
/// </summary>
public sealed class SubjectAccessRequest
{
    public long Id { get; set; }
    public required string Reference { get; set; }
    public required string SubjectName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }

    /// <summary>A victim's or offender's reference, or a caller key: how the crime system knows the person.</summary>
    public string? RecordKey { get; set; }

    public DateTime ReceivedAt { get; set; }
    public DateTime DueAt { get; set; }
    public long ClockId { get; set; }
    public required string LoggedBy { get; set; }
    public DateTime? DisclosedAt { get; set; }
    public string? DisclosedBy { get; set; }
    public List<SubjectAccessItem> Items { get; set; } = [];
}

/// <summary>One record found for a request, and whether it is withheld (with the exemption given).</summary>
public sealed class SubjectAccessItem
{
    public long Id { get; set; }
    public long RequestId { get; set; }
    public required string RecordType { get; set; }
    public required string RecordId { get; set; }
    public required string MatchedOn { get; set; }
    public bool Withheld { get; set; }
    public string? Exemption { get; set; }
    public string? DecidedBy { get; set; }
}
