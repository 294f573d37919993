using CitizenFocus.Data;

namespace CitizenFocus.Promises;

/// <summary>Puts a notification in the outbox, inside the caller's transaction; the dispatcher sends it with retries.</summary>
public sealed class NotificationOutbox(CitizenFocusDb db, TimeProvider time)
{
    public void Enqueue(string recipient, string subject, string body)
    {
        var now = time.GetUtcNow().UtcDateTime;
        db.Notifications.Add(new Notification { CreatedAt = now, NextAttemptAt = now, Recipient = recipient, Subject = subject, Body = body });
    }
}
