namespace CitizenFocus.Calls;

/// <summary>A call from the public to the force. Holds the caller's personal details.</summary>
public sealed class Call
{
    public long Id { get; set; }
    public required string Reference { get; set; }
    public CallKind Kind { get; set; }
    public DateTime ReceivedAt { get; set; }

    /// <summary>Seconds from the call reaching the queue to a handler answering (999 standard: 10 s).</summary>
    public int AnswerSeconds { get; set; }

    public int BoroughId { get; set; }
    public int? WardId { get; set; }
    public required string CallerName { get; set; }
    public string? CallerPhone { get; set; }
    public string? Location { get; set; }
    public required string Category { get; set; }

    /// <summary>When officers arrived, for calls that needed attendance.</summary>
    public DateTime? AttendedAt { get; set; }
}
