using CitizenFocus.Audit;
using CitizenFocus.Data;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Tests.Audit;

public sealed class AuditTrailTests
{
    private readonly FakeTimeProvider time = TestClock.Create();

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Appended_rows_chain_and_verify_intact(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);

        await AppendAsync(database, 5);

        await using var db = database.CreateDb();
        var verification = await new AuditVerifier(db, TestAuditKey.Keyring, time).VerifyAsync();
        Assert.True(verification.Intact, string.Join("; ", verification.Problems));
        Assert.Equal(5, verification.RowsChecked);
        var rows = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([1L, 2, 3, 4, 5], rows.Select(r => r.Sequence));
        Assert.Equal(AuditEntry.GenesisHash, rows[0].PreviousHash);
        Assert.All(rows.Skip(1).Zip(rows), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite, "RecordId")]
    [InlineData(DatabaseProvider.Sqlite, "Actor")]
    [InlineData(DatabaseProvider.Postgres, "RecordId")]
    [InlineData(DatabaseProvider.Postgres, "Actor")]
    public async Task Changing_a_row_with_sql_makes_audit_verify_exit_1_and_name_that_row(DatabaseProvider provider, string column)
    {
        await using var database = await Databases.CreateAsync(provider);
        await AppendAsync(database, 5);
        // The column comes from the test data, never from input.
        var tamper = "UPDATE \"AuditEntries\" SET \"" + column + "\" = 'tampered' WHERE \"Sequence\" = 3";
        await using (var db = database.CreateDb())
            await db.Database.ExecuteSqlRawAsync(tamper);

        var outcome = await CliRunner.RunAsync(database, time, "audit", "verify");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("row 3: row content does not match its hash", outcome.Output);
        Assert.DoesNotContain("row 2:", outcome.Output);
        Assert.DoesNotContain("row 4:", outcome.Output);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Audit_verify_on_an_untouched_chain_exits_0(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await AppendAsync(database, 3);

        var outcome = await CliRunner.RunAsync(database, time, "audit", "verify");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("audit trail intact: 3 rows", outcome.Output);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Deleting_a_middle_row_is_detected(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await AppendAsync(database, 5);
        await using var db = database.CreateDb();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 3");

        var verification = await new AuditVerifier(db, TestAuditKey.Keyring, time).VerifyAsync();

        Assert.False(verification.Intact);
        Assert.Contains(verification.Problems, p => p.Sequence == 3 && p.Reason.Contains("missing"));
        Assert.Contains(verification.Problems, p => p.Sequence == 4 && p.Reason.Contains("does not link"));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Deleting_the_last_row_is_detected(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await AppendAsync(database, 5);
        await using var db = database.CreateDb();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 5");

        var verification = await new AuditVerifier(db, TestAuditKey.Keyring, time).VerifyAsync();

        var problem = Assert.Single(verification.Problems);
        Assert.Equal(5, problem.Sequence);
        Assert.Contains("last row found is 4", problem.Reason);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_disclosure_without_justification_is_refused(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var db = database.CreateDb();
        var audit = new AuditLog(db, time, TestAuditKey.Keyring);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            audit.AppendAsync(new AuditRecord("pc.smith@met.police.example", AuditAction.Disclosure, "Call", "CAD00000001", Justification: " ")));

        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Two_concurrent_appenders_leave_a_gapless_intact_chain(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);

        async Task AppendFifty(string actor)
        {
            await using var db = database.CreateDb();
            var reads = new PersonalDataReads(new AuditLog(db, time, TestAuditKey.Keyring));
            for (var i = 0; i < 50; i++)
                await reads.RecordAsync(actor, ReadChannel.Page, PersonalDataRead.Call($"CAD{i:D8}"));
        }
        await Task.WhenAll(Task.Run(() => AppendFifty("first")), Task.Run(() => AppendFifty("second")));

        await using var check = database.CreateDb();
        var verification = await new AuditVerifier(check, TestAuditKey.Keyring, time).VerifyAsync();
        Assert.True(verification.Intact, string.Join("; ", verification.Problems));
        Assert.Equal(100, verification.RowsChecked);
        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), await check.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        Assert.Equal(50, await check.AuditEntries.CountAsync(e => e.Actor == "first"));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Audit_search_filters_and_pages_newest_first(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using (var db = database.CreateDb())
        {
            var audit = new AuditLog(db, time, TestAuditKey.Keyring);
            var reads = new PersonalDataReads(audit);
            for (var i = 1; i <= 5; i++)
            {
                await reads.RecordAsync("pc.smith@met.police.example", ReadChannel.Page, PersonalDataRead.Call($"CAD{i}"));
                await audit.AppendAsync(new AuditRecord("sgt.jones@met.police.example", AuditAction.Alteration, "Victim", $"V{i}"));
                time.Advance(TimeSpan.FromHours(1));
            }
        }
        await using var read = database.CreateDb();
        var queries = new AuditQueries(read);

        var page = await queries.SearchAsync(new AuditSearch(Actor: "pc.smith@met.police.example", PageSize: 2, Page: 2));
        var window = await queries.SearchAsync(new AuditSearch(From: TestClock.Start.UtcDateTime.AddHours(1), To: TestClock.Start.UtcDateTime.AddHours(3)));
        var record = await queries.SearchAsync(new AuditSearch(RecordType: "Victim", RecordId: "V2"));

        Assert.Equal(5, page.Total);
        Assert.Equal(3, page.Pages);
        Assert.Equal(["CAD3", "CAD2"], page.Items.Select(r => r.RecordId));
        Assert.Equal(["V3", "CAD3", "V2", "CAD2"], window.Items.Select(r => r.RecordId));
        Assert.Equal(AuditAction.Alteration, Assert.Single(record.Items).Action);
    }

    private async Task AppendAsync(TestDatabase database, int count)
    {
        await using var db = database.CreateDb();
        var audit = new AuditLog(db, time, TestAuditKey.Keyring);
        for (var i = 1; i <= count; i++)
        {
            await audit.AppendAsync(new AuditRecord($"officer{i}@met.police.example", AuditAction.Alteration, "Call", $"CAD{i:D8}",
                Detail: $"corrected call {i}"));
            time.Advance(TimeSpan.FromMinutes(5));
        }
    }
}
