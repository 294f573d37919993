namespace CitizenFocus.Retention;

/// <summary>
/// How long one type of record keeps its personal data, counted from a stated event, and what happens
/// then. Held as data so that an administrator can change it (audited) without a release.
/// </summary>
public sealed class RetentionRule
{
    public int Id { get; set; }

    /// <summary>The record type as the audit trail names it: "Message", "Call".</summary>
    public required string RecordType { get; set; }

    /// <summary>
    /// For crimes, the crime group (its code, as <c>CrimeGroups</c> holds it) the rule covers; empty for every crime in
    /// none of the groups another rule names. Empty for other record types.
    /// </summary>
    public string? Category { get; set; }

    public RetentionEvent CountedFrom { get; set; }
    public int PeriodDays { get; set; }
    public RetentionOutcome Outcome { get; set; }

    /// <summary>The rule acts on no record before this moment (UTC): a change gives notice.</summary>
    public DateTime AppliesFrom { get; set; }

    /// <summary>Why this period: the business need or the guidance it follows.</summary>
    public required string Basis { get; set; }

    public required string ChangedBy { get; set; }
}
