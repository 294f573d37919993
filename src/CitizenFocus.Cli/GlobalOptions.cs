using System.CommandLine;
using CitizenFocus.Data;
using Microsoft.Extensions.Configuration;

namespace CitizenFocus.Cli;

/// <summary>
/// The global database options. Each falls back to configuration (environment variables
/// <c>Database__Provider</c>, <c>ConnectionStrings__CitizenFocus</c>, <c>Database__SqliteFile</c>),
/// then to a SQLite file in the current directory.
/// </summary>
internal sealed class GlobalOptions
{
    public Option<DatabaseProvider?> Provider { get; } = new("--provider")
    {
        Description = "Database: sqlite or postgres (default: Database__Provider, else sqlite).",
        HelpName = "sqlite|postgres",
        Recursive = true,
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "Connection string (default: ConnectionStrings__CitizenFocus; required for postgres).",
        HelpName = "CONNSTRING",
        Recursive = true,
    };

    public Option<string?> SqliteFile { get; } = new("--sqlite-file")
    {
        Description = $"SQLite file when no connection string is given (default: {new CitizenFocus.Data.DatabaseOptions().SqliteFile}).",
        HelpName = "PATH",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        root.Options.Add(Provider);
        root.Options.Add(Connection);
        root.Options.Add(SqliteFile);
    }

    /// <summary>The provider and connection string to use, or an error to show.</summary>
    public (DatabaseProvider Provider, string ConnectionString, string? Error) Resolve(ParseResult parse, IConfiguration configuration)
    {
        DatabaseProvider provider;
        if (parse.GetValue(Provider) is { } chosen) provider = chosen;
        else if (configuration[$"{CitizenFocus.Data.DatabaseOptions.Section}:Provider"] is { Length: > 0 } configured)
        {
            if (!Enum.TryParse(configured, ignoreCase: true, out provider) || !Enum.IsDefined(provider))
                return (default, "", $"Database__Provider is '{configured}': use sqlite or postgres");
        }
        else provider = DatabaseProvider.Sqlite;

        var connection = parse.GetValue(Connection) ?? configuration.GetConnectionString("CitizenFocus");
        if (!string.IsNullOrWhiteSpace(connection)) return (provider, connection, null);
        if (provider == DatabaseProvider.Postgres)
            return (provider, "", "PostgreSQL needs a connection string: --connection or ConnectionStrings__CitizenFocus");

        var file = parse.GetValue(SqliteFile)
            ?? configuration[$"{CitizenFocus.Data.DatabaseOptions.Section}:SqliteFile"]
            ?? new CitizenFocus.Data.DatabaseOptions().SqliteFile;
        return (provider, DatabaseSetup.SqliteConnectionString(file), null);
    }
}
