namespace CitizenFocus.Promises;

/// <summary>The record a clock runs for, and where it sits: the team, ward and borough, and who holds it.</summary>
public sealed record ClockSubject(string RecordType, string RecordId, int? BoroughId, int? WardId, int? TeamId, int? AssigneeMemberId, string? Title = null);
