using CitizenFocus.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CitizenFocus.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated database for one test: a temporary SQLite file, or a PostgreSQL database
/// named <c>cf_test_&lt;guid&gt;</c> on the server in <c>CF_TEST_POSTGRES</c>. Deleted or dropped on dispose.
/// Shared with the web tests (linked), so it depends only on Core, Npgsql and the test framework.
/// </summary>
public sealed class TestDatabase : IDisposable, IAsyncDisposable
{
    /// <summary>Connection string of a PostgreSQL server where test databases may be created and dropped.</summary>
    public const string PostgresVariable = "CF_TEST_POSTGRES";

    private readonly string? sqliteFile;
    private readonly string? postgresName;
    private bool disposed;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFile = sqliteFile;
        this.postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public DbContextOptions<CitizenFocusDb> Options => DatabaseSetup.Options(Provider, ConnectionString);

    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;

    /// <summary>Why tests on <paramref name="provider"/> cannot run here, or null when they can.</summary>
    public static string? UnavailableReason(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres && PostgresServer is null
            ? $"PostgreSQL tests need {PostgresVariable}, e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres"
            : null;

    /// <summary>A new context on the migrated database; the caller disposes it.</summary>
    public CitizenFocusDb CreateDb() => new(Options);

    public static TestDatabase Create(DatabaseProvider provider) => CreateAsync(provider).GetAwaiter().GetResult();

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, CancellationToken ct = default)
    {
        if (UnavailableReason(provider) is { } reason) throw new InvalidOperationException(reason);
        var database = provider == DatabaseProvider.Postgres ? await CreatePostgresAsync(ct) : CreateSqlite();
        try
        {
            await using var db = database.CreateDb();
            await DatabaseSetup.MigrateAsync(db, ct);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    private static TestDatabase CreateSqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cf_test_{Guid.NewGuid():N}.db");
        return new TestDatabase(DatabaseProvider.Sqlite, DatabaseSetup.SqliteConnectionString(file), file, null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync(CancellationToken ct)
    {
        var name = $"cf_test_{Guid.NewGuid():N}";
        await using (var server = new NpgsqlConnection(PostgresServer))
        {
            await server.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", server);
            await create.ExecuteNonQueryAsync(ct);
        }
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;
        return new TestDatabase(DatabaseProvider.Postgres, connectionString, null, name);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (disposed) return;
        disposed = true;
        if (sqliteFile is not null)
        {
            // Pooled connections keep the file open.
            using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
                File.Delete(sqliteFile + suffix);
        }
        if (postgresName is not null)
        {
            using (var connection = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(connection);
            await using var server = new NpgsqlConnection(PostgresServer);
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
