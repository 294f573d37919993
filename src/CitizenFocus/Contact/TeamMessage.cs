namespace CitizenFocus.Contact;

/// <summary>
/// A message from a member of the public to a neighbourhood team (Pledge point 4), with the
/// citizen's contact details: personal data, audited on every read and change.
/// </summary>
public sealed class TeamMessage
{
    public long Id { get; set; }

    /// <summary>The reference given to the citizen, e.g. "TM-7K4Q-2M9X".</summary>
    public required string Reference { get; set; }

    public int TeamId { get; set; }
    public int? WardId { get; set; }
    public int BoroughId { get; set; }
    public MessageChannel Channel { get; set; }
    public DateTime ReceivedAt { get; set; }

    public required string CitizenName { get; set; }
    public string? CitizenEmail { get; set; }
    public string? CitizenPhone { get; set; }
    public string? CitizenAddress { get; set; }
    public ReplyMethod PreferredReply { get; set; }

    public required string Subject { get; set; }
    public required string Body { get; set; }

    public int? AssigneeMemberId { get; set; }
    public MessageStatus Status { get; set; }
    public long? ClockId { get; set; }

    public DateTime? RepliedAt { get; set; }
    public ReplyMethod? RepliedBy { get; set; }
    public string? ReplySummary { get; set; }

    /// <summary>Who logged it: a staff sign-in, or "public" for the contact form.</summary>
    public required string LoggedBy { get; set; }

    /// <summary>The sender's one-time key: a second submission of the same message finds the first one.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>The route the key came by (<see cref="IdempotencyScopes"/>); keys are compared within one team and one route.</summary>
    public string? IdempotencyScope { get; set; }
}
