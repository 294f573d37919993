using CitizenFocus.Audit;
using CitizenFocus.Data;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Tests.Audit;

public sealed class PersonalDataReadsTests
{
    private readonly FakeTimeProvider time = TestClock.Create();

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_read_is_recorded_as_a_consultation_by_the_reader_with_its_channel(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var db = database.CreateDb();
        var reads = new PersonalDataReads(new AuditLog(db, time, TestAuditKey.Keyring));

        await reads.RecordAsync("pc.smith@met.police.example", ReadChannel.Api, PersonalDataRead.Message("MSG-0001"));

        var entry = await db.AuditEntries.AsNoTracking().SingleAsync();
        Assert.Equal(("pc.smith@met.police.example", AuditAction.Consultation, "Message", "MSG-0001", "Read through the API"),
            (entry.Actor, entry.Action, entry.RecordType, entry.RecordId, entry.Detail));
        Assert.True((await new AuditVerifier(db, TestAuditKey.Keyring, time).VerifyAsync()).Intact);
    }

    [Theory]
    [InlineData(ReadChannel.Page, null, "Viewed on a page: 2026-01-01 to 2026-11-25, 3 repeat victims")]
    [InlineData(ReadChannel.Download, null, "Downloaded as a file: 2026-01-01 to 2026-11-25, 3 repeat victims")]
    [InlineData(ReadChannel.Api, null, "Read through the API: 2026-01-01 to 2026-11-25, 3 repeat victims")]
    [InlineData(ReadChannel.CommandLine, "/tmp/v.csv", "Written by the command line to /tmp/v.csv: 2026-01-01 to 2026-11-25, 3 repeat victims")]
    public void The_detail_says_how_the_data_reached_the_reader_and_what_it_showed(ReadChannel channel, string? destination, string expected)
    {
        var read = PersonalDataRead.CrimeAnalysis("repeat-victims", "E09000002", "2026-01-01 to 2026-11-25, 3 repeat victims") with { Destination = destination };

        Assert.Equal(expected, PersonalDataReads.Describe(channel, read));
        Assert.Equal(("CrimeAnalysis", "repeat-victims:E09000002"), (read.RecordType, read.RecordId));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite)]
    public async Task A_consultation_written_straight_to_the_audit_log_is_refused(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var db = database.CreateDb();
        var audit = new AuditLog(db, time, TestAuditKey.Keyring);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            audit.AppendAsync(new AuditRecord("pc.smith@met.police.example", AuditAction.Consultation, "Call", "CAD00000001")));

        Assert.Contains(nameof(PersonalDataReads), refused.Message);
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite)]
    public async Task A_read_without_a_named_reader_is_refused(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var db = database.CreateDb();
        var reads = new PersonalDataReads(new AuditLog(db, time, TestAuditKey.Keyring));

        await Assert.ThrowsAsync<ArgumentException>(() => reads.RecordAsync(" ", ReadChannel.Page, PersonalDataRead.Call("CAD00000001")));

        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }
}
