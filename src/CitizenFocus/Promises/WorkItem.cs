namespace CitizenFocus.Promises;

/// <summary>A warning or breach placed in someone's queue — a supervisor, the assignee, or a role within the record's scope; cleared when the clock ends.</summary>
public sealed class WorkItem
{
    public long Id { get; set; }
    public long ClockId { get; set; }
    public EscalationLevel Level { get; set; }
    public int? OwnerMemberId { get; set; }

    /// <summary>The sign-in account it is for, when the holder is not a team member (a partner agency's officer).</summary>
    public string? OwnerUserId { get; set; }

    /// <summary>For <see cref="EscalationLevel.Role"/>: every holder of this role whose scope covers the clock's record sees it.</summary>
    public string? OwnerRole { get; set; }
    public ClockEventKind Reason { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ClearedAt { get; set; }
}
