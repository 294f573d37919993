using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Contact;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Tests.Promises;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Tests.Contact;

/// <summary>Pledge point 4: every message to a team is logged, assigned, and answered within 24 hours.</summary>
public sealed class TeamMessageTests
{
    private static readonly OrgScope Borough = new(OrgLevel.Borough, 1, 1, null, null);

    private static LogMessageRequest Valid(string? key = null) => new("abbey", MessageChannel.WebForm, "Ann Khan", "ann@example.com",
        null, null, ReplyMethod.Email, "Parking on the pavement", "Cars block the pavement on Abbey Road every evening.", null, key);

    private static async Task<Result<MessageLogged>> Log(PromiseTestBed bed, LogMessageRequest request)
    {
        using var scope = bed.Services.CreateScope();
        return await bed.Get<LogMessage>(scope).HandleAsync(request, "public");
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Logged_message_goes_to_the_contact_officer_with_a_running_24_hour_clock_and_an_audit_row(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);

        var result = await Log(bed, Valid());

        Assert.True(result.Succeeded);
        var message = await bed.ReadAsync(db => db.TeamMessages.AsNoTracking().SingleAsync());
        Assert.Equal((result.Value.Reference, PromiseTestBed.ConstableId, MessageStatus.Open), (message.Reference, message.AssigneeMemberId, message.Status));
        var clock = await bed.ClockAsync(message.ClockId!.Value);
        Assert.Equal(bed.Now.AddHours(24), clock.DueAt);
        Assert.Equal(("Message", message.Reference), (clock.RecordType, clock.RecordId));
        var audit = await bed.ReadAsync(db => db.AuditEntries.AsNoTracking().SingleAsync());
        Assert.Equal((AuditAction.Collection, "Message", message.Reference), (audit.Action, audit.RecordType, audit.RecordId));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task The_same_form_sent_twice_makes_one_message_with_one_reference(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);

        var first = await Log(bed, Valid("form-key-1"));
        var again = await Log(bed, Valid("form-key-1"));
        var racing = await Task.WhenAll(Task.Run(() => Log(bed, Valid("form-key-2"))), Task.Run(() => Log(bed, Valid("form-key-2"))));

        Assert.Equal(first.Value.Reference, again.Value.Reference);
        Assert.True(again.Value.Repeated);
        Assert.Equal(racing[0].Value.Reference, racing[1].Value.Reference);
        Assert.Equal(2, await bed.ReadAsync(db => db.TeamMessages.CountAsync()));
        Assert.Equal(2, await bed.ReadAsync(db => db.Clocks.CountAsync()));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Invalid_message_gets_an_error_per_field_and_stores_nothing(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);

        var result = await Log(bed, new LogMessageRequest("abbey", MessageChannel.WebForm, " ", "not-an-email", null, null,
            ReplyMethod.Phone, "", null));

        Assert.Equal(FailureKind.Validation, result.Kind);
        Assert.Equal(["Body", "CitizenEmail", "CitizenName", "CitizenPhone", "Subject"], result.Errors.Select(e => e.Field).Order());
        Assert.Equal(0, await bed.ReadAsync(db => db.TeamMessages.CountAsync()));
        Assert.Equal(0, await bed.ReadAsync(db => db.Clocks.CountAsync()));
        Assert.Equal(0, await bed.ReadAsync(db => db.AuditEntries.CountAsync()));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Late_reply_needs_an_explanation_and_then_ends_the_clock_breached(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        var reference = (await Log(bed, Valid())).Value.Reference;
        bed.Time.Advance(TimeSpan.FromHours(26));

        using var scope = bed.Services.CreateScope();
        var reply = bed.Get<ReplyToMessage>(scope);
        var refused = await reply.HandleAsync(new ReplyToMessageRequest(reference, ReplyMethod.Email, "Spoke to parking team", null), Borough, "officer");
        var accepted = await reply.HandleAsync(new ReplyToMessageRequest(reference, ReplyMethod.Email, "Spoke to parking team",
            "Your message arrived while the team was at a major incident; we are sorry for the delay."), Borough, "officer");

        Assert.Equal("Explanation", Assert.Single(refused.Errors).Field);
        Assert.Equal(ClockOutcome.Breached, accepted.Value);
        var message = await bed.ReadAsync(db => db.TeamMessages.AsNoTracking().SingleAsync());
        var clock = await bed.ClockAsync(message.ClockId!.Value);
        Assert.Equal((MessageStatus.Replied, ClockStatus.Ended), (message.Status, clock.Status));
        Assert.StartsWith("Your message arrived", clock.Explanation);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Waiting_for_the_citizen_pauses_the_clock_and_their_answer_restarts_it(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        var reference = (await Log(bed, Valid())).Value.Reference;
        bed.Time.Advance(TimeSpan.FromHours(4));
        using (var scope = bed.Services.CreateScope())
            Assert.True((await bed.Get<AwaitCitizen>(scope).HandleAsync(reference, "Asked which evenings", Borough, "officer")).Succeeded);
        bed.Time.Advance(TimeSpan.FromDays(2));
        using (var scope = bed.Services.CreateScope())
            Assert.True((await bed.Get<CitizenResponded>(scope).HandleAsync(reference, Borough, "officer")).Succeeded);

        var message = await bed.ReadAsync(db => db.TeamMessages.AsNoTracking().SingleAsync());
        var clock = await bed.ClockAsync(message.ClockId!.Value);
        Assert.Equal(MessageStatus.Open, message.Status);
        Assert.Equal(bed.Now.AddHours(20), clock.DueAt);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_message_outside_the_users_scope_cannot_be_changed(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        var reference = (await Log(bed, Valid())).Value.Reference;
        var otherBorough = new OrgScope(OrgLevel.Borough, 1, 99, null, null);

        using var scope = bed.Services.CreateScope();
        var result = await bed.Get<ReplyToMessage>(scope).HandleAsync(
            new ReplyToMessageRequest(reference, ReplyMethod.Email, "done", null), otherBorough, "someone");

        Assert.Equal(FailureKind.NotFound, result.Kind);
        Assert.Equal(MessageStatus.Open, (await bed.ReadAsync(db => db.TeamMessages.AsNoTracking().SingleAsync())).Status);
    }
}
