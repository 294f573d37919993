namespace CitizenFocus.Web.Pages.Contact;

// Bodies of the message APIs. Enums travel as their names ("email", "in-person"); every field is
// optional here so that a missing one comes back as a field error, not as an unreadable body.

/// <summary>A message sent through the public API, as the contact form sends it.</summary>
public sealed record PublicMessageBody(string? CitizenName, string? CitizenEmail, string? CitizenPhone, string? CitizenAddress,
    string? PreferredReply, string? Subject, string? Body);

/// <summary>A message logged by staff: which team, how it arrived and, when not now, when.</summary>
public sealed record StaffMessageBody(string? TeamSlug, string? Channel, string? CitizenName, string? CitizenEmail, string? CitizenPhone,
    string? CitizenAddress, string? PreferredReply, string? Subject, string? Body, DateTimeOffset? ReceivedAt, string? IdempotencyKey);

public sealed record ReplyBody(string? Method, string? Summary, string? Explanation);

public sealed record ReplyRecorded(string Reference, string Outcome);
