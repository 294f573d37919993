namespace CitizenFocus.Promises;

/// <summary>
/// A record's recurring promise: from <see cref="FirstPeriodStart"/> a new period every
/// <see cref="IntervalDays"/> days, each with its own clock, until <see cref="EndsAt"/> or until the
/// series is stopped (the victim's contract ended, the case closed). The scheduler opens each
/// period's clock once; <see cref="NextPeriodStart"/> is the next period it has still to open.
/// </summary>
public sealed class ClockSeries
{
    public long Id { get; set; }
    public int StandardId { get; set; }
    public required string RecordType { get; set; }
    public required string RecordId { get; set; }
    public string? Title { get; set; }
    public int? BoroughId { get; set; }
    public int? WardId { get; set; }
    public int? TeamId { get; set; }
    public int? AssigneeMemberId { get; set; }
    public string? AssigneeUserId { get; set; }
    public int? PartnerAgencyId { get; set; }
    public string? Dimension1 { get; set; }
    public string? Dimension2 { get; set; }
    public string? Dimension3 { get; set; }
    public string? Dimension4 { get; set; }

    public int IntervalDays { get; set; }
    public DateTime FirstPeriodStart { get; set; }
    public DateTime NextPeriodStart { get; set; }

    /// <summary>When the agreement ends: no period starts at or after it.</summary>
    public DateTime? EndsAt { get; set; }

    public DateTime? StoppedAt { get; set; }

    public DateTime PeriodStart(int index) => FirstPeriodStart.AddDays((double)IntervalDays * index);

    /// <summary>The index of the period that contains <paramref name="atUtc"/> (negative before the first).</summary>
    public int PeriodIndex(DateTime atUtc) => (int)Math.Floor((atUtc - FirstPeriodStart).TotalDays / IntervalDays);

    public bool Covers(DateTime periodStartUtc) =>
        periodStartUtc >= FirstPeriodStart && (EndsAt is null || periodStartUtc < EndsAt)
        && (StoppedAt is null || periodStartUtc < StoppedAt);

    public ClockSubject Subject() => new(RecordType, RecordId, BoroughId, WardId, TeamId, AssigneeMemberId, Title,
        AssigneeUserId, PartnerAgencyId);
}
