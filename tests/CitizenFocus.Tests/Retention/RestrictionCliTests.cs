using CitizenFocus.Audit;
using CitizenFocus.Contact;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Tests.Infrastructure;
using CitizenFocus.Tests.Promises;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Tests.Retention;

/// <summary>Restriction of processing from the command line, and its effect on the one read of a message and on changing it.</summary>
public sealed class RestrictionCliTests
{
    private static readonly OrgScope Borough = new(OrgLevel.Borough, 1, 1, null, null);

    private static async Task<(MessageRecord? Read, CitizenFocus.Common.Result Reply)> AsReaderAsync(PromiseTestBed bed, string reference, params string[] roles)
    {
        using var scope = bed.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentReader>().Roles = roles;
        var read = await bed.Get<ConsultMessage>(scope).HandleAsync(reference, Borough, "reader@force", ReadChannel.Page);
        var reply = await bed.Get<ReplyToMessage>(scope).HandleAsync(
            new ReplyToMessageRequest(reference, ReplyMethod.Email, "Replied about the parking", null), Borough, "reader@force");
        return (read, reply);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_message_restricted_on_the_command_line_is_read_and_changed_only_by_the_named_roles_until_lifted(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        string reference;
        using (var scope = bed.Services.CreateScope())
            reference = (await bed.Get<LogMessage>(scope).HandleAsync(new LogMessageRequest("abbey", MessageChannel.WebForm, "Ann Khan",
                "ann@example.com", null, null, ReplyMethod.Email, "Parking", "Cars on the pavement.", null), "public")).Value.Reference;

        var restricted = await CliRunner.RunAsync(bed.Database, bed.Time, "retention", "restrict", "--record-type", "Message", "--reference", reference,
            "--roles", "Inspector, Borough commander", "--reason", "Ann Khan disputes what the message says");
        var sergeant = await AsReaderAsync(bed, reference, Roles.WardSergeant);
        var inspector = await AsReaderAsync(bed, reference, Roles.Inspector);
        var lifted = await CliRunner.RunAsync(bed.Database, bed.Time, "retention", "lift", "--record-type", "Message", "--reference", reference);
        var again = await CliRunner.RunAsync(bed.Database, bed.Time, "retention", "lift", "--record-type", "Message", "--reference", reference);
        var badRole = await CliRunner.RunAsync(bed.Database, bed.Time, "retention", "restrict", "--record-type", "Message", "--reference", reference,
            "--roles", "Chief", "--reason", "x");

        Assert.True(restricted.ExitCode == 0, restricted.ToString());
        Assert.Equal($"Message {reference} restricted: only Inspector, Borough commander may read it", restricted.Output.Trim());
        Assert.Null(sergeant.Read);
        Assert.Equal(CitizenFocus.Common.FailureKind.NotFound, sergeant.Reply.Kind);
        Assert.NotNull(inspector.Read);
        Assert.True(inspector.Reply.Succeeded);
        Assert.Equal($"Message {reference}: restriction lifted", lifted.Output.Trim());
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("is not restricted", again.Error);
        Assert.Equal(1, badRole.ExitCode);
        var trail = await bed.ReadAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.RecordId == reference)
            .OrderBy(e => e.Sequence).Select(e => new { e.Action, e.Actor, e.Justification }).ToListAsync());
        Assert.Contains(trail, e => e.Action == AuditAction.Alteration && e.Actor == "cli:test" && e.Justification == "Ann Khan disputes what the message says");
        Assert.Equal(2, trail.Count(e => e.Action == AuditAction.RefusedOutOfScope));
    }
}
