using Microsoft.Extensions.Logging;

namespace CitizenFocus.Promises;

/// <summary>The demo's sender: writes each notification to the log instead of sending mail.</summary>
public sealed class LoggingNotificationSender(ILogger<LoggingNotificationSender> logger) : INotificationSender
{
    public Task SendAsync(Notification notification, CancellationToken ct)
    {
        logger.LogInformation("Notification to {Recipient}: {Subject}", notification.Recipient, notification.Subject);
        return Task.CompletedTask;
    }
}
