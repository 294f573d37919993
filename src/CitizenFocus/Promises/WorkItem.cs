namespace CitizenFocus.Promises;

/// <summary>A warning or breach placed in a supervisor's (or the assignee's) queue; cleared when the clock ends.</summary>
public sealed class WorkItem
{
    public long Id { get; set; }
    public long ClockId { get; set; }
    public EscalationLevel Level { get; set; }
    public int? OwnerMemberId { get; set; }
    public ClockEventKind Reason { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ClearedAt { get; set; }
}
