using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CitizenFocus.Bench.Demo;

/// <summary>
/// Checks that the reference wrote the same values as the product: a few rows of each activity
/// table are read back from both SQLite files and compared column by column.
/// </summary>
internal static class RowSample
{
    public static IReadOnlyList<string> Differences(string productConnection, string referenceConnection, string table, long rows)
    {
        var ids = new[] { 1L, Math.Max(1, rows / 3), Math.Max(1, rows / 2), rows }.Distinct();
        using var product = new SqliteConnection(productConnection);
        using var reference = new SqliteConnection(referenceConnection);
        product.Open();
        reference.Open();
        var differences = new List<string>();
        foreach (var id in ids)
        {
            var a = Read(product, table, id);
            var b = Read(reference, table, id);
            if (a != b) differences.Add($"{table} {id}:\n    product   {a}\n    reference {b}");
        }
        return differences;
    }

    private static string Read(SqliteConnection connection, string table, long id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"Id\" = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return "(missing)";
        return string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
            reader.IsDBNull(i) ? "NULL" : $"{reader.GetDataTypeName(i)}:{Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}"));
    }
}
