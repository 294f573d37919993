using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace CitizenFocus.Promises;

/// <summary>Sends notifications by SMTP. A failure throws, so the outbox keeps the row and retries it.</summary>
public sealed class SmtpNotificationSender(IOptions<NotificationOptions> options) : INotificationSender
{
    public async Task SendAsync(Notification notification, CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host) || string.IsNullOrWhiteSpace(smtp.From))
            throw new InvalidOperationException("Notifications:Smtp:Host and Notifications:Smtp:From must be set to send e-mail.");
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl };
        if (!string.IsNullOrEmpty(smtp.UserName))
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        using var message = new MailMessage(smtp.From, notification.Recipient, notification.Subject, notification.Body);
        await client.SendMailAsync(message, ct);
    }
}
