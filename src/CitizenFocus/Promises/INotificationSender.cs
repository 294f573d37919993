namespace CitizenFocus.Promises;

/// <summary>Sends one notification; throws when it could not be sent, so the outbox retries it.</summary>
public interface INotificationSender
{
    Task SendAsync(Notification notification, CancellationToken ct);
}
