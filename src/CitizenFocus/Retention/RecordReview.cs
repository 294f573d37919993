namespace CitizenFocus.Retention;

/// <summary>
/// One review of one record that a <see cref="RetentionOutcome.Review"/> rule brought up (MoPI: crime records are
/// reviewed, not deleted by the clock). It opens a clock on the promise engine, so the review sits in the borough's
/// work queue and warns and escalates as any promise does, and ends with a person's decision: keep the record until
/// its next review, or dispose of its personal details.
/// </summary>
public sealed class RecordReview
{
    public long Id { get; set; }
    public required string RecordType { get; set; }
    public required string RecordId { get; set; }

    /// <summary>The rule that brought the record up for review.</summary>
    public int RuleId { get; set; }

    /// <summary>When the review was opened (UTC).</summary>
    public DateTime OpenedAt { get; set; }

    /// <summary>The review's clock on the promise engine (<c>RECORD-REVIEW-28D</c>).</summary>
    public long ClockId { get; set; }

    public ReviewDecision? Decision { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }

    /// <summary>The reviewer's reason: why the record is still needed, or why it can go.</summary>
    public string? Reason { get; set; }

    /// <summary>For a record kept: when it comes up again (its rule's period on from the decision).</summary>
    public DateTime? NextReviewAt { get; set; }
}

public enum ReviewDecision
{
    /// <summary>Still needed for a policing purpose: kept until the next review.</summary>
    Retain = 0,

    /// <summary>No longer needed: its personal details are removed; its counts stay.</summary>
    Dispose = 1,
}
