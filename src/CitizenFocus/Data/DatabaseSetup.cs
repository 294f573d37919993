using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Data;

/// <summary>Chooses the provider and its migrations assembly from configuration.</summary>
public static class DatabaseSetup
{
    public const string SqliteMigrations = "CitizenFocus.Migrations.Sqlite";
    public const string PostgresMigrations = "CitizenFocus.Migrations.Postgres";

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrations));
                break;
            default:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrations));
                break;
        }
    }

    /// <summary>The SQLite connection string for a file, creating its folder; WAL lets readers work during writes.</summary>
    public static string SqliteConnectionString(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new SqliteConnectionStringBuilder { DataSource = full, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public static IServiceCollection AddCitizenFocusDb(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        services.AddDbContext<CitizenFocusDb>(o => Configure(o, provider, connectionString));
        return services;
    }

    public static DbContextOptions<CitizenFocusDb> Options(DatabaseProvider provider, string connectionString)
    {
        var b = new DbContextOptionsBuilder<CitizenFocusDb>();
        Configure(b, provider, connectionString);
        return b.Options;
    }

    /// <summary>Applies migrations and, on SQLite, switches the file to WAL mode.</summary>
    public static async Task MigrateAsync(CitizenFocusDb db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
