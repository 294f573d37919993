using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CitizenFocus.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CitizenFocus.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated database for one test: a temporary SQLite file, or a PostgreSQL database
/// named <c>cf_test_&lt;guid&gt;</c> on the server in <c>CF_TEST_POSTGRES</c>. Deleted or dropped on dispose.
/// The migrations run once per provider and test process, into a template that each database copies.
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
        return provider == DatabaseProvider.Postgres ? await CreatePostgresAsync(ct) : await CreateSqliteAsync(ct);
    }

    // Migrations run once per provider and process, into a template; each test gets a copy of it,
    // which takes a fraction of the time of a migration run. The template is removed at process exit
    // when the test host allows it; a killed host leaves it behind, so the next run removes templates
    // whose process (named in the template, with the machine) is gone.
    private static readonly SemaphoreSlim TemplateGate = new(1, 1);
    private static readonly string TemplatePrefix = "cf_test_template_" + MachineTag() + "_";
    private static string? sqliteTemplate;
    private static string? postgresTemplate;

    private static async Task<TestDatabase> CreateSqliteAsync(CancellationToken ct)
    {
        var template = await TemplateAsync(() => sqliteTemplate, async () =>
        {
            foreach (var stale in Directory.GetFiles(Path.GetTempPath(), TemplatePrefix + "*.db").Where(IsStale))
                DeleteSqliteFiles(stale);
            var file = Path.Combine(Path.GetTempPath(), TemplateName() + ".db");
            var connectionString = DatabaseSetup.SqliteConnectionString(file);
            await MigrateAsync(DatabaseProvider.Sqlite, connectionString, ct);
            // Closing the last connection checkpoints the WAL into the file, so the file alone is the database.
            using (var connection = new SqliteConnection(connectionString)) SqliteConnection.ClearPool(connection);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteSqliteFiles(file);
            return sqliteTemplate = file;
        }, ct);

        var file = Path.Combine(Path.GetTempPath(), $"cf_test_{Guid.NewGuid():N}.db");
        File.Copy(template, file);
        return new TestDatabase(DatabaseProvider.Sqlite, DatabaseSetup.SqliteConnectionString(file), file, null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync(CancellationToken ct)
    {
        var template = await TemplateAsync(() => postgresTemplate, async () =>
        {
            await DropStalePostgresTemplatesAsync(ct);
            var name = TemplateName();
            await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"", ct);
            var connectionString = PostgresDatabase(name);
            await MigrateAsync(DatabaseProvider.Postgres, connectionString, ct);
            // A template can be copied only while nobody is connected to it.
            using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", default).GetAwaiter().GetResult();
            return postgresTemplate = name;
        }, ct);

        var name = $"cf_test_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", ct);
        return new TestDatabase(DatabaseProvider.Postgres, PostgresDatabase(name), null, name);
    }

    /// <summary>"cf_test_template_&lt;machine&gt;_&lt;pid&gt;_&lt;random&gt;": short enough for a PostgreSQL name (63 characters).</summary>
    private static string TemplateName() =>
        TemplatePrefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..12];

    private static string MachineTag() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Environment.MachineName)))[..8];

    /// <summary>A template of this machine whose test process has ended.</summary>
    private static bool IsStale(string nameOrPath)
    {
        var rest = Path.GetFileNameWithoutExtension(nameOrPath)[TemplatePrefix.Length..];
        if (!int.TryParse(rest.Split('_')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static async Task DropStalePostgresTemplatesAsync(CancellationToken ct)
    {
        var stale = new List<string>();
        await using (var server = new NpgsqlConnection(PostgresServer))
        {
            await server.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @prefix)", server);
            command.Parameters.AddWithValue("prefix", TemplatePrefix);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                if (IsStale(reader.GetString(0))) stale.Add(reader.GetString(0));
        }
        foreach (var name in stale)
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", ct);
    }

    private static async Task<string> TemplateAsync(Func<string?> existing, Func<Task<string>> create, CancellationToken ct)
    {
        await TemplateGate.WaitAsync(ct);
        try
        {
            return existing() ?? await create();
        }
        finally
        {
            TemplateGate.Release();
        }
    }

    private static async Task MigrateAsync(DatabaseProvider provider, string connectionString, CancellationToken ct)
    {
        await using var db = new CitizenFocusDb(DatabaseSetup.Options(provider, connectionString));
        await DatabaseSetup.MigrateAsync(db, ct);
    }

    private static string PostgresDatabase(string name) =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;

    private static async Task ExecuteOnServerAsync(string sql, CancellationToken ct)
    {
        await using var server = new NpgsqlConnection(PostgresServer);
        await server.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, server);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void DeleteSqliteFiles(string file)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(file + suffix);
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
            DeleteSqliteFiles(sqliteFile);
        }
        if (postgresName is not null)
        {
            using (var connection = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(connection);
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", default);
        }
    }
}
