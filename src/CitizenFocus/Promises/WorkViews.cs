namespace CitizenFocus.Promises;

/// <summary>One line of a work queue: a running or paused clock, or a warning or breach escalated to someone.</summary>
public sealed record QueueRow(long ClockId, string RecordType, string RecordId, string? Title, DateTime DueAt,
    ClockStatus Status, bool Warned, bool Breached, string? AssigneeName, string? TeamName, ClockEventKind? EscalatedFor);

public sealed record MyWork(IReadOnlyList<QueueRow> Assigned, IReadOnlyList<QueueRow> Escalated, int DueToday, int Overdue);

public sealed record TeamQueue(IReadOnlyList<QueueRow> Escalated, IReadOnlyList<QueueRow> Open, int DueToday, int Overdue, bool More);

/// <summary>Who is asking for their work: their account, their team-member entry if any, their roles and their scope.</summary>
public sealed record WorkReader(string? UserId, int? MemberId, IReadOnlyCollection<string> Roles, Identity.OrgScope Scope);
