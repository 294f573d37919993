namespace CitizenFocus.Promises;

/// <summary>
/// A clock whose outcome is already known from recorded times: it started, it ended, and it met or
/// breached its deadline (the standard's target, or <see cref="DueAt"/> when the record had its own,
/// such as an ETA). The outcome is worked out from the times unless given (not applicable, say).
/// </summary>
public sealed record DecidedClock(ClockSubject Subject, DateTime StartedAt, DateTime EndedAt,
    ClockOutcome? Outcome = null, DateTime? DueAt = null, string? BreachReason = null);
