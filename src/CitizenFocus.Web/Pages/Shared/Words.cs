using CitizenFocus.Contact;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;

namespace CitizenFocus.Web.Pages.Shared;

/// <summary>The words the pages use for the contact and promise enums.</summary>
public static class Words
{
    public static string Of(ReplyMethod method) => method switch
    {
        ReplyMethod.Email => "Email",
        ReplyMethod.Phone => "Telephone",
        ReplyMethod.Letter => "Letter",
        ReplyMethod.InPerson => "In person",
        _ => method.ToString(),
    };

    public static string Of(MessageChannel channel) => channel switch
    {
        MessageChannel.Email => "Email",
        MessageChannel.Phone => "Telephone call",
        MessageChannel.Voicemail => "Voicemail",
        MessageChannel.Letter => "Letter",
        MessageChannel.WebForm => "Contact form on the team's page",
        MessageChannel.InPerson => "In person",
        _ => channel.ToString(),
    };

    public static string Of(MessageStatus status) => status switch
    {
        MessageStatus.Open => "Open",
        MessageStatus.AwaitingCitizen => "Waiting for the citizen",
        MessageStatus.Replied => "Replied",
        _ => status.ToString(),
    };

    public static string Of(ClockEventKind kind) => kind switch
    {
        ClockEventKind.Started => "Clock started",
        ClockEventKind.Warned => "Warning: close to the deadline",
        ClockEventKind.Breached => "Deadline missed",
        ClockEventKind.Paused => "Paused: waiting for the citizen",
        ClockEventKind.Resumed => "Resumed: the citizen responded",
        ClockEventKind.Met => "Ended: replied in time",
        ClockEventKind.EndedBreached => "Ended: replied late",
        ClockEventKind.Reassigned => "Reassigned",
        ClockEventKind.Withdrawn => "Ended: no longer applies",
        _ => kind.ToString(),
    };

    /// <summary>A dimension's name as a heading: "crime-type" or "crime_type" → "Crime type".</summary>
    public static string Sentence(string name)
    {
        var words = name.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The units of a report: a level of the organisation, or (null) neighbourhood teams.</summary>
    public static string Of(OrgLevel? level) => level switch
    {
        OrgLevel.Force => "Force",
        OrgLevel.Area => "Area",
        OrgLevel.Borough => "Borough",
        OrgLevel.Ward => "Ward",
        null => "Team",
        _ => level.Value.ToString(),
    };

    /// <summary>The status tag for a clock: red when breached or overdue, yellow when warned, grey when paused.</summary>
    public static (string Text, string Css) ClockTag(ClockStatus status, bool warned, bool breached, DateTime dueUtc, DateTime nowUtc) =>
        status == ClockStatus.Paused ? ("Paused", "govuk-tag--grey")
        : breached || (status == ClockStatus.Running && dueUtc < nowUtc) ? ("Breached", "govuk-tag--red")
        : warned ? ("Warning", "govuk-tag--yellow")
        : ("On time", "govuk-tag--blue");

    public static (string Text, string Css) OutcomeTag(ClockOutcome outcome) =>
        outcome == ClockOutcome.Met ? ("Met", "govuk-tag--green") : ("Breached", "govuk-tag--red");

    /// <summary>The page for a record a clock runs for, when there is one.</summary>
    public static string? RecordHref(string recordType, string recordId) => recordType switch
    {
        "Message" => "/Messages/" + Uri.EscapeDataString(recordId),
        "Call" => "/Calls/" + Uri.EscapeDataString(recordId),
        "SubjectAccess" => "/SubjectAccess/" + Uri.EscapeDataString(recordId),
        _ => null,
    };

    /// <summary>A record type as the audit trail names it, in words.</summary>
    public static string RecordType(string recordType) => recordType switch
    {
        "Crime" => "Crime record",
        "SubjectAccess" => "Subject access request",
        "StaffUser" => "Staff account",
        _ => recordType,
    };
}
