namespace CitizenFocus.Promises;

/// <summary>
/// An outbox row: written in the same transaction as the event it reports, sent later by the
/// dispatcher, retried with back-off until it goes. Never lost if sending fails.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string Recipient { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }
}
