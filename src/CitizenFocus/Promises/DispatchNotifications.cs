using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Promises;

/// <summary>
/// Sends due notifications from the outbox. A failure is recorded and retried with growing
/// back-off (1, 2, 4 … minutes, at most an hour), so nothing is lost when the mail server is down.
/// Delivery is at least once: a crash between sending and recording may send a row twice.
/// </summary>
public sealed class DispatchNotifications(CitizenFocusDb db, INotificationSender sender, TimeProvider time)
{
    public const int BatchSize = 100;

    public async Task<(int Sent, int Failed)> RunAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Notifications
            .Where(n => n.SentAt == null && n.NextAttemptAt <= now)
            .OrderBy(n => n.NextAttemptAt).ThenBy(n => n.Id)
            .Take(BatchSize)
            .ToListAsync(ct);
        int sent = 0, failed = 0;
        foreach (var notification in due)
        {
            try
            {
                await sender.SendAsync(notification, ct);
                notification.SentAt = now;
                notification.LastError = null;
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                notification.Attempts++;
                notification.LastError = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
                notification.NextAttemptAt = now + Backoff(notification.Attempts);
                failed++;
            }
            await db.SaveChangesAsync(ct);
        }
        return (sent, failed);
    }

    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, attempts - 1))));
}
