namespace CitizenFocus.Promises;

/// <summary>
/// What happened to a clock, in order. A unique index allows one Warned and one Breached event per
/// clock, so that even two sweeps racing cannot raise either twice.
/// </summary>
public sealed class ClockEvent
{
    public long Id { get; set; }
    public long ClockId { get; set; }
    public ClockEventKind Kind { get; set; }
    public DateTime At { get; set; }
    public string? Actor { get; set; }
    public string? Note { get; set; }
}
