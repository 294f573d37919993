using System.Security.Cryptography;
using System.Text;
using CitizenFocus.Audit;
using CitizenFocus.Bench.Demo;
using CitizenFocus.Data;
using CitizenFocus.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Bench.Latency;

/// <summary>
/// Demo databases for the latency runs: a small one made fresh each time, and a Met-scale one kept
/// under bench/.cache/ because it takes minutes to make. A cached file is remade when it is incomplete,
/// when migrations are pending, or when the demo generator's sources have changed since it was made.
/// </summary>
public static class DemoDatabaseFile
{
    public static async Task<string> MetAsync(int seed, bool rebuild, CancellationToken ct)
    {
        Directory.CreateDirectory(RepoPaths.CacheFolder);
        var path = Path.Combine(RepoPaths.CacheFolder, $"demo-met-seed{seed}.db");
        var fingerprint = Fingerprint();
        if (File.Exists(path) && !rebuild)
        {
            var problem = await StaleReasonAsync(path, DemoScale.Met, seed, ct)
                ?? (File.Exists(path + ".fingerprint") && File.ReadAllText(path + ".fingerprint") == fingerprint
                    ? null : "the demo generator or the migrations have changed since it was made");
            if (problem is null)
            {
                Console.WriteLine($"met database: cached {path}");
                return path;
            }
            Console.WriteLine($"met database: cached file is stale ({problem}); generating it again");
        }
        Delete(path);
        var building = path + ".building";
        Delete(building);
        await GenerateAsync(building, DemoScale.Met, seed, ct);
        File.Move(building, path);
        await File.WriteAllTextAsync(path + ".fingerprint", fingerprint, ct);
        return path;
    }

    public static async Task<string> SmallAsync(int seed, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cf_bench_small_{Guid.NewGuid():N}.db");
        await GenerateAsync(path, DemoScale.Small, seed, ct);
        return path;
    }

    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", ".fingerprint" })
            File.Delete(path + suffix);
    }

    private static async Task GenerateAsync(string path, DemoScale scale, int seed, CancellationToken ct)
    {
        Console.WriteLine($"{scale.ToString().ToLowerInvariant()} database: generating {path}");
        var connectionString = DatabaseSetup.SqliteConnectionString(path);
        await using (var db = new CitizenFocusDb(DatabaseSetup.Options(DatabaseProvider.Sqlite, connectionString)))
        {
            await DatabaseSetup.MigrateAsync(db, ct);
            var audit = new AuditLog(db, TimeProvider.System, AuditKeyring.Of(AuditKeyFile.ReadOrCreate(AuditKeyFile.PathFor(connectionString)!)));
            var summary = await new DemoGenerator(db, TimeProvider.System, audit)
                .GenerateAsync(scale, seed, new StageClock(scale.ToString().ToLowerInvariant(), TimeSpan.FromSeconds(15)), ct);
            Console.WriteLine($"  {summary.TotalRows:N0} rows in {Format.Duration(summary.Elapsed)}");
            // Fold the write-ahead log into the file so the file alone is the database.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        }
        SqliteConnection.ClearAllPools();
    }

    /// <summary>A hash of the sources the cached data depends on: the demo generator, the SQLite migrations and the bench's own demo code.</summary>
    private static string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var folders = new[] { "src/CitizenFocus/Demo", "src/CitizenFocus.Migrations.Sqlite/Migrations", "bench/CitizenFocus.Bench/Demo" };
        var files = folders
            .Select(f => Path.Combine(RepoPaths.Root, f))
            .Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.cs", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(RepoPaths.Root, file)));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static async Task<string?> StaleReasonAsync(string path, DemoScale scale, int seed, CancellationToken ct)
    {
        try
        {
            await using var db = new CitizenFocusDb(DatabaseSetup.Options(DatabaseProvider.Sqlite, DatabaseSetup.SqliteConnectionString(path)));
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0) return $"{pending.Count} pending migration(s)";
            var name = scale.ToString().ToLowerInvariant();
            return await db.DemoRuns.AnyAsync(r => r.Scale == name && r.Seed == seed, ct) ? null : "no demo run recorded";
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            return e.Message;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }
}
