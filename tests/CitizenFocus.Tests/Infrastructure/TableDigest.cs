using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Tests.Infrastructure;

/// <summary>
/// A SHA-256 over every row of every table in the model, read in key order. Columns that hold
/// per-run secrets (password hashes, security and concurrency stamps of users) are left out.
/// </summary>
public static class TableDigest
{
    private static readonly HashSet<(string Table, string Column)> Excluded =
    [
        ("AspNetUsers", "PasswordHash"),
        ("AspNetUsers", "SecurityStamp"),
        ("AspNetUsers", "ConcurrencyStamp"),
    ];

    /// <summary>The digest of each table, by table name.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ComputeAsync(CitizenFocusDb db)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var table in db.Model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                var columns = table.Columns.Select(c => c.Name).Where(c => !Excluded.Contains((table.Name, c)))
                    .Order(StringComparer.Ordinal).ToList();
                var key = table.PrimaryKey!.Columns.Select(c => Quote(c.Name));
                await using var command = connection.CreateCommand();
                command.CommandText =
                    $"SELECT {string.Join(", ", columns.Select(Quote))} FROM {Quote(table.Name)} ORDER BY {string.Join(", ", key)}";
                result[table.Name] = await HashRowsAsync(command);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return result;
    }

    private static async Task<string> HashRowsAsync(DbCommand command)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var reader = await command.ExecuteReaderAsync();
        long rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var text = reader.IsDBNull(i) ? "\u2400" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                hash.AppendData(Encoding.UTF8.GetBytes(text + "\u001f"));
            }
            hash.AppendData("\u001e"u8);
        }
        return $"{rows}:{Convert.ToHexStringLower(hash.GetHashAndReset())}";
    }

    private static string Quote(string name) => $"\"{name}\"";
}
