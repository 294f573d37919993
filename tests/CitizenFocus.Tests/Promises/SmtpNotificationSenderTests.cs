using System.Net;
using System.Net.Sockets;
using CitizenFocus.Promises;
using Microsoft.Extensions.Options;

namespace CitizenFocus.Tests.Promises;

/// <summary>The SMTP sender fails loudly, so that the outbox keeps the notification and retries it.</summary>
public sealed class SmtpNotificationSenderTests
{
    private static readonly Notification Note = new() { Recipient = "a@police.example", Subject = "s", Body = "b" };

    [Fact]
    public async Task Without_a_host_it_refuses_to_send_and_says_what_to_configure()
    {
        var sender = new SmtpNotificationSender(Options.Create(new NotificationOptions()));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => sender.SendAsync(Note, CancellationToken.None));
        Assert.Contains("Notifications:Smtp:Host", error.Message);
    }

    [Fact]
    public async Task An_unreachable_server_throws_so_the_outbox_retries()
    {
        // A port that was free a moment ago: nothing listens there.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var sender = new SmtpNotificationSender(Options.Create(new NotificationOptions
        {
            Sender = "Smtp", Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, EnableSsl = false, From = "no-reply@police.example" },
        }));
        await Assert.ThrowsAnyAsync<Exception>(() => sender.SendAsync(Note, CancellationToken.None));
    }
}
