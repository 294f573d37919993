namespace CitizenFocus.Contact;

/// <summary>A message to log: from the public contact form, or typed in by staff from a call, letter or visit.</summary>
public sealed record LogMessageRequest(
    string TeamSlug,
    MessageChannel Channel,
    string? CitizenName,
    string? CitizenEmail,
    string? CitizenPhone,
    string? CitizenAddress,
    ReplyMethod? PreferredReply,
    string? Subject,
    string? Body,
    DateTime? ReceivedAt = null,
    string? IdempotencyKey = null,
    string IdempotencyScope = IdempotencyScopes.StaffApi);

/// <summary>The reference given back; <see cref="Repeated"/> when the same form had already been sent.</summary>
public sealed record MessageLogged(string Reference, bool Repeated);
