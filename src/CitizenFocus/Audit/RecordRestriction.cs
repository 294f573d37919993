namespace CitizenFocus.Audit;

/// <summary>
/// A restriction of processing (DPA 2018 s.47): while it stands, only holders of the named roles may read the record,
/// whatever their scope would otherwise allow; everyone else is told it is not found, and the attempt is a security
/// event. Used when a person contests a record's accuracy, or the record must be kept but no longer used.
/// </summary>
public sealed class RecordRestriction
{
    public long Id { get; set; }
    public required string RecordType { get; set; }
    public required string RecordId { get; set; }

    /// <summary>The roles that may still read it, separated by commas (role names as <c>Roles</c> holds them).</summary>
    public required string Roles { get; set; }

    public required string Reason { get; set; }
    public required string SetBy { get; set; }
    public DateTime SetAt { get; set; }
    public DateTime? LiftedAt { get; set; }
    public string? LiftedBy { get; set; }

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Who is reading now: the web host sets the signed-in user's roles for each request; the command line has none.</summary>
public sealed class CurrentReader
{
    public IReadOnlyCollection<string> Roles { get; set; } = [];
}
