using CitizenFocus.Identity;

namespace CitizenFocus.Calls;

public sealed record CallListRow(string Reference, CallKind Kind, DateTime ReceivedAt, string BoroughName, string? WardName, string Category);

public sealed record CallList(IReadOnlyList<CallListRow> Rows, int Page, bool More);

/// <summary>
/// A call with its caller's personal details: reading it is a consultation to audit. For a partner agency
/// without a disclosure the details are withheld (null) and <see cref="PersonalDetailsWithheld"/> says so.
/// </summary>
public sealed record CallRecord(string Reference, CallKind Kind, DateTime ReceivedAt, int AnswerSeconds, string Category,
    string? CallerName, string? CallerPhone, string? Location, DateTime? AttendedAt,
    string BoroughName, string? WardName, OrgUnitRef Unit, bool PersonalDetailsWithheld = false)
{
    public CallRecord WithoutPersonalDetails() => this with { CallerName = null, CallerPhone = null, PersonalDetailsWithheld = true };
}
