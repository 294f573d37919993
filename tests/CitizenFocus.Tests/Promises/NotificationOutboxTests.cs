using CitizenFocus.Data;
using CitizenFocus.Promises;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Tests.Promises;

public sealed class NotificationOutboxTests
{
    private sealed class FlakySender : INotificationSender
    {
        public bool Down { get; set; } = true;
        public List<string> Sent { get; } = [];

        public Task SendAsync(Notification notification, CancellationToken ct)
        {
            if (Down) throw new IOException("mail server unavailable");
            Sent.Add(notification.Recipient);
            return Task.CompletedTask;
        }
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_failed_send_is_kept_and_retried_after_back_off_until_it_goes(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await using (var db = bed.Database.CreateDb())
        {
            db.Notifications.Add(new Notification { CreatedAt = bed.Now, NextAttemptAt = bed.Now, Recipient = "a@police.example", Subject = "s", Body = "b" });
            await db.SaveChangesAsync();
        }
        var sender = new FlakySender();
        async Task<(int, int)> Dispatch()
        {
            await using var db = bed.Database.CreateDb();
            return await new DispatchNotifications(db, sender, bed.Time).RunAsync();
        }

        Assert.Equal((0, 1), await Dispatch());
        Assert.Equal((0, 0), await Dispatch()); // backing off: not due yet
        var failed = await bed.ReadAsync(db => db.Notifications.AsNoTracking().SingleAsync());
        Assert.Equal((1, "mail server unavailable", (DateTime?)null), (failed.Attempts, failed.LastError, failed.SentAt));

        sender.Down = false;
        bed.Time.Advance(DispatchNotifications.Backoff(1));
        Assert.Equal((1, 0), await Dispatch());
        Assert.Equal(["a@police.example"], sender.Sent);
        Assert.NotNull((await bed.ReadAsync(db => db.Notifications.AsNoTracking().SingleAsync())).SentAt);
    }

    [Fact]
    public void Back_off_doubles_up_to_an_hour()
    {
        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60], Enumerable.Range(1, 8).Select(a => DispatchNotifications.Backoff(a).TotalMinutes));
    }
}
