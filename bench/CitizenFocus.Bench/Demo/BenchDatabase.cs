using CitizenFocus.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CitizenFocus.Bench.Demo;

/// <summary>A fresh, empty database for one run: a temporary SQLite file, or a new PostgreSQL database. Deleted or dropped on dispose.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? postgresAdmin;
    private readonly string? postgresName;

    private BenchDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        SqliteFile = sqliteFile;
        this.postgresAdmin = postgresAdmin;
        this.postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public string? SqliteFile { get; }

    public string Describe() => SqliteFile is not null ? $"SQLite {SqliteFile}" : $"PostgreSQL database {postgresName}";

    public static BenchDatabase CreateSqlite(string label)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cf_bench_{label}_{Guid.NewGuid():N}.db");
        return new BenchDatabase(DatabaseProvider.Sqlite, DatabaseSetup.SqliteConnectionString(file), file, null, null);
    }

    public static async Task<BenchDatabase> CreatePostgresAsync(string adminConnectionString, CancellationToken ct)
    {
        var name = $"cf_bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(adminConnectionString))
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(ct);
        }
        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name };
        return new BenchDatabase(DatabaseProvider.Postgres, builder.ConnectionString, null, adminConnectionString, name);
    }

    public CitizenFocusDb OpenContext(SqliteCacheSize? cache = null)
    {
        var options = DatabaseSetup.Options(Provider, ConnectionString);
        if (cache is not null && Provider == DatabaseProvider.Sqlite)
            options = new DbContextOptionsBuilder<CitizenFocusDb>(options).AddInterceptors(cache).Options;
        return new CitizenFocusDb(options);
    }

    /// <summary>Bytes on disk for a SQLite file, counting its write-ahead log.</summary>
    public long SizeOnDisk() => SqliteFile is null ? 0
        : new[] { "", "-wal" }.Select(s => new FileInfo(SqliteFile + s)).Where(f => f.Exists).Sum(f => f.Length);

    public async ValueTask DisposeAsync()
    {
        if (SqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(SqliteFile + suffix);
        }
        if (postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
