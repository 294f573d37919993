using CitizenFocus.Audit;
using CitizenFocus.Cli;
using CitizenFocus.Data;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Tests.Cli;

public sealed class CliTests
{
    private readonly FakeTimeProvider time = TestClock.Create();

    [Fact]
    public async Task Migrate_creates_and_migrates_the_sqlite_file_named_by_sqlite_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cf_test_{Guid.NewGuid():N}", "cf.db");
        try
        {
            var first = await RunAsync(["migrate", "--sqlite-file", file]);
            var second = await RunAsync(["migrate", "--sqlite-file", file]);

            Assert.True(first.ExitCode == 0, first.ToString());
            Assert.Contains("applied 20261125120239_Foundation", first.Output);
            Assert.DoesNotContain("applied", second.Output);
            Assert.Contains("Sqlite database is up to date", second.Output);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Fact]
    public async Task The_database_comes_from_Database__Provider_and_ConnectionStrings__CitizenFocus_when_no_option_is_given()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await AppendAsync(database, 2);
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "sqlite",
            ["ConnectionStrings:CitizenFocus"] = database.ConnectionString,
            ["Audit:Key"] = TestAuditKey.Value,
        };

        var outcome = await RunAsync(["audit", "verify"], settings);

        Assert.Contains("audit trail intact: 2 rows", outcome.Output);
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_is_a_usage_error()
    {
        var outcome = await RunAsync(["audit", "verify", "--provider", "postgres"]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("PostgreSQL needs a connection string", outcome.Error);
    }

    [Fact]
    public async Task Users_add_refuses_to_run_without_a_password()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var outcome = await CliRunner.RunAsync(database, time,
            "users", "add", "--email", "x@met.police.example", "--name", "X", "--role", "inspector", "--scope", "force");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("CITIZENFOCUS_PASSWORD", outcome.Error);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Users_change_disable_and_enable_alter_the_account_and_say_so(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using (var db = database.CreateDb()) await OrganisationSeed.AddAsync(db);
        const string email = "insp.khan@met.police.example";
        var added = await CliRunner.RunAsync(database, time, stdin: "Correct-horse-battery-2026", settings: null,
            "users", "add", "--email", email, "--name", "Inspector Khan", "--role", "inspector", "--scope", "force", "--password-stdin");
        Assert.True(added.ExitCode == 0, added.ToString());

        var changed = await CliRunner.RunAsync(database, time, "users", "change", "--email", email, "--scope", $"borough:{OrganisationSeed.BoroughCode}");
        var disabled = await CliRunner.RunAsync(database, time, "users", "disable", "--email", email);
        var listed = await CliRunner.RunAsync(database, time, "users", "list");
        var unknown = await CliRunner.RunAsync(database, time, "users", "disable", "--email", "nobody@met.police.example");
        var wrongRole = await CliRunner.RunAsync(database, time, "users", "change", "--email", email, "--role", "chief");

        Assert.True(changed.ExitCode == 0, changed.ToString());
        Assert.Equal($"{email}: role Inspector; scope borough:{OrganisationSeed.BoroughCode}", changed.Output.Trim());
        Assert.Equal($"{email}: account disabled; its sessions were ended", disabled.Output.Trim());
        Assert.Matches($"{System.Text.RegularExpressions.Regex.Escape(email)} +Inspector Khan +Inspector +borough:{OrganisationSeed.BoroughCode} +disabled", listed.Output);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("--email: There is no account with the e-mail address 'nobody@met.police.example'", unknown.Error);
        Assert.Equal(1, wrongRole.ExitCode);
        Assert.Contains("--role: There is no role called 'chief'", wrongRole.Error);

        var enabled = await CliRunner.RunAsync(database, time, "users", "enable", "--email", email);
        Assert.Equal($"{email}: account enabled", enabled.Output.Trim());
        Assert.DoesNotContain("disabled", (await CliRunner.RunAsync(database, time, "users", "list")).Output);
        await using var check = database.CreateDb();
        var rows = await check.AuditEntries.Where(e => e.RecordType == "StaffUser").OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
        Assert.Equal([AuditAction.Collection, AuditAction.Alteration, AuditAction.Alteration, AuditAction.Alteration], rows);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Audit_search_prints_matching_entries_newest_first_in_london_time(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await AppendAsync(database, 3);

        var outcome = await CliRunner.RunAsync(database, time, "audit", "search", "--record-type", "Call", "--from", "2026-11-25", "--to", "2026-11-25");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var lines = outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("       3  2026-11-25 12:10:00  Consulted               Call CAD3  by officer@met.police.example", lines[0]);
        Assert.Contains("3 matching entries; page 1 of 1, newest first", outcome.Output);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Audit_search_by_actor_finds_failed_sign_ins_and_refusals_with_where_they_came_from(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await AppendAsync(database, 1);
        await using (var db = database.CreateDb())
        {
            var audit = new AuditLog(db, time, TestAuditKey.Keyring);
            // As the sign-in page writes a failure for an account that does not exist: the e-mail as typed.
            await audit.AppendAsync(new AuditRecord("nobody.here@example.org", AuditAction.SignInFailed, "Account", "nobody.here@example.org",
                Detail: "from 203.0.113.9; POST /Account/SignIn; no such account"));
            time.Advance(TimeSpan.FromMinutes(1));
            var origin = new RequestOrigin { Description = "from 203.0.113.9; GET /Calls/CAD9" };
            await new ScopeRefusals(audit, origin).RecordAsync("nobody.here@example.org", "Call", "CAD9");
        }

        var outcome = await CliRunner.RunAsync(database, time, "audit", "search", "--actor", "nobody.here@example.org");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var lines = outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("Refused: outside scope", lines[0]);
        Assert.Contains("Call CAD9", lines[0]);
        Assert.Contains("from 203.0.113.9; GET /Calls/CAD9; outside the reader's scope", lines[1]);
        Assert.Contains("Sign-in failed", lines[2]);
        Assert.Contains("2 matching entries", outcome.Output);
        Assert.DoesNotContain("officer@met.police.example", outcome.Output);
    }

    private async Task<CliOutcome> RunAsync(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.InvokeAsync(args, CliContext.ForTest(output, error, time, settings));
        return new CliOutcome(code, output.ToString(), error.ToString());
    }

    private async Task AppendAsync(TestDatabase database, int count)
    {
        await using var db = database.CreateDb();
        var reads = new PersonalDataReads(new AuditLog(db, time, TestAuditKey.Keyring));
        for (var i = 1; i <= count; i++)
        {
            await reads.RecordAsync("officer@met.police.example", ReadChannel.Page, PersonalDataRead.Call($"CAD{i}"));
            time.Advance(TimeSpan.FromMinutes(5));
        }
    }
}
