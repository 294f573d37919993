using System.ComponentModel.DataAnnotations;

namespace CitizenFocus.Data;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite file used when no connection string is configured, relative to the content root.</summary>
    [Required]
    public string SqliteFile { get; set; } = "data/citizenfocus.db";

    /// <summary>Apply pending migrations at start-up (the embedded default); production may run them separately.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
