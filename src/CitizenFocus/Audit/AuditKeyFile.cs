using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace CitizenFocus.Audit;

/// <summary>
/// Development and demo databases on SQLite keep their audit key in a file beside the database
/// (<c>citizenfocus.db.audit-key</c>), made once, so that the web host and the command line on the same file
/// agree without anyone configuring a key. Production gives <c>Audit__Key</c> instead: a key beside the
/// database would be in the hands of whoever can change the database.
/// </summary>
public static class AuditKeyFile
{
    public const string Suffix = ".audit-key";

    /// <summary>The key file of a SQLite connection string's database, or null for an in-memory one.</summary>
    public static string? PathFor(string sqliteConnectionString)
    {
        var source = new SqliteConnectionStringBuilder(sqliteConnectionString).DataSource;
        if (string.IsNullOrWhiteSpace(source) || source == ":memory:" || source.StartsWith("file::memory:", StringComparison.Ordinal))
            return null;
        return Path.GetFullPath(source) + Suffix;
    }

    /// <summary>The key in <paramref name="path"/>, written there first (readable by its owner only) if the file does not exist.</summary>
    public static string ReadOrCreate(string path)
    {
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var writer = new StreamWriter(path, options);
            writer.Write(AuditKeyring.NewKey());
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process (the web host and the command line starting together) made it first: use theirs.
        }
        return File.ReadAllText(path).Trim();
    }
}
