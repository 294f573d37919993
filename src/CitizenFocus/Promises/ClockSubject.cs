namespace CitizenFocus.Promises;

/// <summary>
/// The record a clock runs for, and where it sits: the team, ward and borough, who holds it (a team
/// member, or a sign-in account such as a partner agency's officer), the partner agency it concerns,
/// and the dimension values compliance is broken down by (named as the standard names them).
/// </summary>
public sealed record ClockSubject(string RecordType, string RecordId, int? BoroughId, int? WardId, int? TeamId, int? AssigneeMemberId,
    string? Title = null, string? AssigneeUserId = null, int? PartnerAgencyId = null,
    IReadOnlyDictionary<string, string>? Dimensions = null);
