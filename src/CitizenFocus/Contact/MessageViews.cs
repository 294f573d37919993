using CitizenFocus.Identity;
using CitizenFocus.Promises;

namespace CitizenFocus.Contact;

public sealed record MessageListRow(string Reference, DateTime ReceivedAt, MessageChannel Channel, MessageStatus Status,
    string Subject, string TeamName, string? AssigneeName, DateTime? DueAt, bool Breached);

public sealed record ClockEventView(ClockEventKind Kind, DateTime At, string? Actor, string? Note);

/// <summary>
/// A message with the citizen's details and its clock: reading it is a consultation to audit. For a partner
/// agency without a disclosure the details are withheld (null) and <see cref="PersonalDetailsWithheld"/> says so.
/// </summary>
public sealed record MessageRecord(
    string Reference, DateTime ReceivedAt, MessageChannel Channel, MessageStatus Status,
    string? CitizenName, string? CitizenEmail, string? CitizenPhone, string? CitizenAddress, ReplyMethod PreferredReply,
    string Subject, string Body, string TeamSlug, string TeamName, int TeamId, int? AssigneeMemberId, string? AssigneeName,
    DateTime? RepliedAt, ReplyMethod? RepliedBy, string? ReplySummary,
    long? ClockId, DateTime? DueAt, DateTime? WarnAt, DateTime? WarnedAt, DateTime? BreachedAt, ClockStatus? ClockStatus,
    ClockOutcome? Outcome, string? Explanation, IReadOnlyList<ClockEventView> Events,
    IReadOnlyList<TeamMemberOption> TeamMembers, OrgUnitRef Unit, bool PersonalDetailsWithheld = false)
{
    public MessageRecord WithoutPersonalDetails() => this with
    {
        CitizenName = null, CitizenEmail = null, CitizenPhone = null, CitizenAddress = null, PersonalDetailsWithheld = true,
    };
}

public sealed record TeamMemberOption(int Id, string Name);
