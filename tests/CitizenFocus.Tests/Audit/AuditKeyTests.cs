using CitizenFocus.Audit;
using CitizenFocus.Data;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Tests.Audit;

/// <summary>
/// The keyed chain: someone who can write to the database, but holds no key, cannot rebuild the chain after
/// changing a row; a checkpoint kept elsewhere catches a rebuild even by someone who holds the key.
/// </summary>
public sealed class AuditKeyTests : IDisposable
{
    private readonly FakeTimeProvider time = TestClock.Create();
    private readonly string folder = Directory.CreateTempSubdirectory("cf_test_audit_").FullName;

    private string CheckpointFile => Path.Combine(folder, "checkpoint.json");

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Audit_verify_with_another_key_exits_1_and_says_the_key_is_not_the_trails(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await AppendAsync(database, TestAuditKey.Keyring, 3);

        var outcome = await RunAsync(database, Key(TestAuditKey.Other), "audit", "verify");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("row 1: row content does not match its hash", outcome.Output);
        Assert.Contains("Audit:Key is not the key this trail was written with", outcome.Output);
        Assert.Contains("audit trail broken", outcome.Output);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite, Rebuild.PlainSha256)]
    [InlineData(DatabaseProvider.Sqlite, Rebuild.OtherKey)]
    [InlineData(DatabaseProvider.Sqlite, Rebuild.LeakedKey)]
    [InlineData(DatabaseProvider.Postgres, Rebuild.PlainSha256)]
    [InlineData(DatabaseProvider.Postgres, Rebuild.OtherKey)]
    [InlineData(DatabaseProvider.Postgres, Rebuild.LeakedKey)]
    public async Task A_history_altered_and_rehashed_with_the_head_updated_fails_against_a_checkpoint_taken_before(
        DatabaseProvider provider, Rebuild rebuild)
    {
        await using var database = await Databases.CreateAsync(provider);
        await AppendAsync(database, TestAuditKey.Keyring, 5);
        var checkpoint = await RunAsync(database, null, "audit", "checkpoint", "--out", CheckpointFile);
        Assert.True(checkpoint.ExitCode == 0, checkpoint.ToString());
        await AppendAsync(database, TestAuditKey.Keyring, 2);

        await RewriteAsync(database, rebuild, from: 2);
        var verify = await RunAsync(database, null, "audit", "verify", "--checkpoint", CheckpointFile);

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("row 5: row no longer has the hash the checkpoint of 2026-11-25 12:25:00 recorded: history up to row 5 was rewritten", verify.Output);
        if (rebuild == Rebuild.LeakedKey)
        {
            // The case the checkpoint is for: with the key, the chain alone looks intact.
            var plain = await RunAsync(database, null, "audit", "verify");
            Assert.True(plain.ExitCode == 0, plain.ToString());
        }
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_chain_cut_back_below_a_checkpoint_fails_against_it(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await AppendAsync(database, TestAuditKey.Keyring, 5);
        Assert.Equal(0, (await RunAsync(database, null, "audit", "checkpoint", "--out", CheckpointFile)).ExitCode);
        await using (var db = database.CreateDb())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" > 3");
            var last = await db.AuditEntries.SingleAsync(e => e.Sequence == 3);
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"AuditChainHead\" SET \"LastSequence\" = 3, \"LastHash\" = {last.Hash}");
        }

        var plain = await RunAsync(database, null, "audit", "verify");
        var verify = await RunAsync(database, null, "audit", "verify", "--checkpoint", CheckpointFile);

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("row 5: the checkpoint of 2026-11-25 12:25:00 records row 5 but the chain ends at row 3: rows were deleted", verify.Output);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_checkpoint_verifies_while_the_chain_grows_after_it(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await AppendAsync(database, TestAuditKey.Keyring, 3);
        var checkpoint = await RunAsync(database, null, "audit", "checkpoint", "--out", CheckpointFile);
        await AppendAsync(database, TestAuditKey.Keyring, 4);

        var verify = await RunAsync(database, null, "audit", "verify", "--checkpoint", CheckpointFile);

        Assert.Contains("checkpoint written to", checkpoint.Output);
        Assert.Contains("row 3 at 2026-11-25 12:15:00, signed with audit key '1'", checkpoint.Output);
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("audit trail intact: 7 rows, up to the checkpoint at row 3", verify.Output);
    }

    [Fact]
    public async Task An_edited_checkpoint_file_fails_its_signature()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await AppendAsync(database, TestAuditKey.Keyring, 5);
        await RunAsync(database, null, "audit", "checkpoint", "--out", CheckpointFile);
        // Moving the checkpoint back to a row the attacker left alone would hide the rewrite after it.
        var edited = (await File.ReadAllTextAsync(CheckpointFile)).Replace("\"sequence\": 5", "\"sequence\": 1", StringComparison.Ordinal);
        await using (var db = database.CreateDb())
            edited = edited.Replace(
                (await db.AuditEntries.SingleAsync(e => e.Sequence == 5)).Hash,
                (await db.AuditEntries.SingleAsync(e => e.Sequence == 1)).Hash, StringComparison.Ordinal);
        await File.WriteAllTextAsync(CheckpointFile, edited);

        var verify = await RunAsync(database, null, "audit", "verify", "--checkpoint", CheckpointFile);

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("row 1: the checkpoint of 2026-11-25 12:25:00 is not signed by audit key '1'", verify.Output);
    }

    [Fact]
    public async Task A_checkpoint_of_a_broken_chain_is_refused_and_no_file_is_written()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await AppendAsync(database, TestAuditKey.Keyring, 3);
        await using (var db = database.CreateDb())
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'someone else' WHERE \"Sequence\" = 2");

        var outcome = await RunAsync(database, null, "audit", "checkpoint", "--out", CheckpointFile);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("row 2: row content does not match its hash", outcome.Output);
        Assert.False(File.Exists(CheckpointFile));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task After_rotation_old_rows_verify_with_the_retired_key_and_new_rows_with_the_new_one(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await AppendAsync(database, TestAuditKey.Keyring, 3);
        Assert.Equal(0, (await RunAsync(database, null, "audit", "checkpoint", "--out", CheckpointFile)).ExitCode);
        var rotated = new Dictionary<string, string?>
        {
            ["Audit:Key"] = TestAuditKey.Other, ["Audit:KeyId"] = "2", ["Audit:RetiredKeys:1"] = TestAuditKey.Value,
        };
        await AppendAsync(database, AuditKeyring.From(new AuditKeyOptions
        {
            Key = TestAuditKey.Other, KeyId = "2", RetiredKeys = { ["1"] = TestAuditKey.Value },
        }), 2);

        var verify = await RunAsync(database, rotated, "audit", "verify", "--checkpoint", CheckpointFile);
        var withoutRetired = await RunAsync(database, new Dictionary<string, string?> { ["Audit:Key"] = TestAuditKey.Other, ["Audit:KeyId"] = "2" },
            "audit", "verify");

        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("audit trail intact: 5 rows, up to the checkpoint at row 3", verify.Output);
        await using (var db = database.CreateDb())
            Assert.Equal(["1", "1", "1", "2", "2"], await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.KeyId).ToListAsync());
        Assert.Equal(1, withoutRetired.ExitCode);
        Assert.Contains("row 1: row is signed with key '1', which is not configured (Audit:RetiredKeys:1)", withoutRetired.Output);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Rows_from_before_the_key_fail_verify_until_audit_rekey_signs_them(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await AppendAsync(database, TestAuditKey.Keyring, 4);
        await RewriteAsync(database, Rebuild.PlainSha256, from: 1, alter: false); // as an upgraded trail holds them

        var before = await RunAsync(database, null, "audit", "verify");
        var rekey = await RunAsync(database, null, "audit", "rekey");
        var after = await RunAsync(database, null, "audit", "verify");

        Assert.Equal(1, before.ExitCode);
        Assert.Contains("row 1: row was written before the trail was keyed", before.Output);
        Assert.True(rekey.ExitCode == 0, rekey.ToString());
        Assert.Contains("audit trail re-signed with key '1': 4 rows", rekey.Output);
        Assert.True(after.ExitCode == 0, after.ToString());
        await using var db = database.CreateDb();
        Assert.Equal("corrected call 2", (await db.AuditEntries.SingleAsync(e => e.Sequence == 2)).Detail);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Audit_rekey_refuses_a_broken_chain_and_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await AppendAsync(database, TestAuditKey.Keyring, 3);
        await using (var db = database.CreateDb())
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"RecordId\" = 'CAD99999999' WHERE \"Sequence\" = 2");
        var hashes = await HashesAsync(database);

        var rekey = await RunAsync(database, Key(TestAuditKey.Other), "audit", "rekey");

        Assert.Equal(1, rekey.ExitCode);
        Assert.Contains("row 2: row content does not match its hash", rekey.Output);
        Assert.Contains("nothing re-signed", rekey.Output);
        Assert.Equal(hashes, await HashesAsync(database));
    }

    [Fact]
    public async Task The_command_line_on_a_sqlite_file_without_a_key_uses_the_key_file_beside_it()
    {
        var file = Path.Combine(folder, "cf.db");
        var key = Path.Combine(folder, "cf.db" + AuditKeyFile.Suffix);
        Assert.Equal(key, AuditKeyFile.PathFor(DatabaseSetup.SqliteConnectionString(file)));

        var first = await RunOnFileAsync(file, "migrate");
        Assert.True(File.Exists(key), first.ToString());
        Assert.Contains("generated into " + key, first.Error);
        var keyring = AuditKeyring.Of(await File.ReadAllTextAsync(key));
        await using (var db = new CitizenFocusDb(DatabaseSetup.Options(DatabaseProvider.Sqlite, DatabaseSetup.SqliteConnectionString(file))))
            await new AuditLog(db, time, keyring).AppendAsync(new AuditRecord("officer@met.police.example", AuditAction.Alteration, "Call", "CAD1"));
        var verify = await RunOnFileAsync(file, "audit", "verify");

        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("audit trail intact: 1 rows", verify.Output);
        Assert.Equal(keyring.Sign("1", "x"), AuditKeyring.Of(await File.ReadAllTextAsync(key)).Sign("1", "x"));
    }

    [Fact]
    public async Task The_command_line_on_postgres_without_a_key_refuses_to_run_and_says_which_setting()
    {
        var outcome = await RunOnSettingsAsync(new Dictionary<string, string?>(),
            "audit", "verify", "--provider", "postgres", "--connection", "Host=127.0.0.1;Database=none");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Audit:Key is not set", outcome.Error);
        Assert.Contains("Audit__Key", outcome.Error);
    }

    [Fact]
    public async Task A_short_key_is_refused()
    {
        var outcome = await RunOnSettingsAsync(new Dictionary<string, string?> { ["Audit:Key"] = "secret" },
            "audit", "verify", "--sqlite-file", Path.Combine(folder, "short.db"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Audit:Key is too short", outcome.Error);
    }

    public enum Rebuild
    {
        /// <summary>What the chain was before it was keyed, and what anyone can compute.</summary>
        PlainSha256,

        /// <summary>A key of the attacker's own.</summary>
        OtherKey,

        /// <summary>The force's key, leaked.</summary>
        LeakedKey,
    }

    /// <summary>Alters row <paramref name="from"/> and recomputes it and every row after it, then the head: what an attacker with the database would do.</summary>
    private static async Task RewriteAsync(TestDatabase database, Rebuild rebuild, long from, bool alter = true)
    {
        await using var db = database.CreateDb();
        var rows = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        var previous = from == 1 ? AuditEntry.GenesisHash : rows.Single(r => r.Sequence == from - 1).Hash;
        var attacker = AuditKeyring.Of(TestAuditKey.Other);
        foreach (var row in rows.Where(r => r.Sequence >= from))
        {
            var detail = alter && row.Sequence == from ? row.Detail + " (amended)" : row.Detail;
            var (keyId, hash) = rebuild switch
            {
                Rebuild.PlainSha256 => ("", AuditEntry.ComputeUnkeyedHash(row.Sequence, row.OccurredAt, row.Actor, row.Action, row.RecordType, row.RecordId, row.Justification, detail, previous)),
                Rebuild.OtherKey => ("1", AuditEntry.ComputeHash(attacker, "1", row.Sequence, row.OccurredAt, row.Actor, row.Action, row.RecordType, row.RecordId, row.Justification, detail, previous)),
                _ => ("1", AuditEntry.ComputeHash(TestAuditKey.Keyring, "1", row.Sequence, row.OccurredAt, row.Actor, row.Action, row.RecordType, row.RecordId, row.Justification, detail, previous)),
            };
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE \"AuditEntries\" SET \"Detail\" = {detail}, \"PreviousHash\" = {previous}, \"Hash\" = {hash}, \"KeyId\" = {keyId} WHERE \"Sequence\" = {row.Sequence}");
            previous = hash;
        }
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"AuditChainHead\" SET \"LastHash\" = {previous} WHERE \"Id\" = 1");
    }

    private async Task AppendAsync(TestDatabase database, AuditKeyring keys, int count)
    {
        await using var db = database.CreateDb();
        var audit = new AuditLog(db, time, keys);
        for (var i = 1; i <= count; i++)
        {
            time.Advance(TimeSpan.FromMinutes(5));
            await audit.AppendAsync(new AuditRecord($"officer{i}@met.police.example", AuditAction.Alteration, "Call", $"CAD{i:D8}",
                Detail: $"corrected call {i}"));
        }
    }

    private static async Task<List<string>> HashesAsync(TestDatabase database)
    {
        await using var db = database.CreateDb();
        return await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.KeyId + ":" + e.Hash).ToListAsync();
    }

    private static Dictionary<string, string?> Key(string key) => new() { ["Audit:Key"] = key };

    private Task<CliOutcome> RunAsync(TestDatabase database, IReadOnlyDictionary<string, string?>? settings, params string[] args) =>
        CliRunner.RunAsync(database, time, stdin: null, settings, args);

    private Task<CliOutcome> RunOnFileAsync(string file, params string[] args) =>
        RunOnSettingsAsync(new Dictionary<string, string?>(), [.. args, "--sqlite-file", file]);

    private async Task<CliOutcome> RunOnSettingsAsync(IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CitizenFocus.Cli.CliApp.InvokeAsync(args, CitizenFocus.Cli.CliContext.ForTest(output, error, time, settings));
        return new CliOutcome(code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
