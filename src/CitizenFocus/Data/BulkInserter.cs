using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CitizenFocus.Data;

/// <summary>
/// Streams rows of a mapped entity type into its table without the change tracker: prepared
/// statements in batched transactions on SQLite, binary COPY on PostgreSQL. Table and column
/// names, and value conversions, come from the EF model, so the bulk path cannot drift from it.
/// Keys must be assigned by the caller. Inside a transaction of the caller's the rows join it (no
/// intermediate commits), so that an import can still roll everything back.
/// </summary>
public static class BulkInserter
{
    private const int SqliteBatch = 50_000;

    public static async Task<long> InsertAsync<T>(CitizenFocusDb db, IEnumerable<T> rows,
        IProgress<long>? progress = null, CancellationToken ct = default) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = entityType.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => new Column(p.GetColumnName(store)!, p.GetColumnType(), p.GetGetter(), p.GetTypeMapping().Converter))
            .ToArray();

        var connection = db.Database.GetDbConnection();
        // Closing a connection that the caller's transaction holds open would end the transaction.
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        var ambient = db.Database.CurrentTransaction?.GetDbTransaction();
        try
        {
            switch (connection)
            {
                case NpgsqlConnection pg:
                    var copied = await CopyAsync(pg, table, columns, rows, progress, ct);
                    await AdvanceIdentityAsync(pg, entityType, table, store, ct);
                    return copied;
                case SqliteConnection lite:
                    // SQLite moves its AUTOINCREMENT counter past explicit keys by itself.
                    return InsertSqlite(lite, (SqliteTransaction?)ambient, table, columns, rows, progress, ct);
                default:
                    throw new NotSupportedException(connection.GetType().Name);
            }
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Explicit keys do not move a PostgreSQL identity sequence: move it past them, or the next EF insert collides.</summary>
    private static async Task AdvanceIdentityAsync(NpgsqlConnection connection, IEntityType entityType, string table,
        StoreObjectIdentifier store, CancellationToken ct)
    {
        var key = entityType.FindPrimaryKey();
        if (key is not { Properties.Count: 1 } || key.Properties[0].ValueGenerated == ValueGenerated.Never) return;
        var column = key.Properties[0].GetColumnName(store);
        await using var command = new NpgsqlCommand(
            $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), GREATEST((SELECT MAX(\"{column}\") FROM \"{table}\"), 1))", connection);
        await command.ExecuteScalarAsync(ct);
    }

    private sealed record Column(string Name, string StoreType, IClrPropertyGetter Getter,
        Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter)
    {
        public object? ValueOf(object entity)
        {
            var value = Getter.GetClrValueUsingContainingEntity(entity);
            return value is null ? null : Converter is null ? value : Converter.ConvertToProvider(value);
        }
    }

    private static long InsertSqlite<T>(SqliteConnection connection, SqliteTransaction? ambient, string table, Column[] columns,
        IEnumerable<T> rows, IProgress<long>? progress, CancellationToken ct) where T : class
    {
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        var values = string.Join(", ", columns.Select((_, i) => $"$p{i}"));
        // Rows arrive in random order for secondary indexes: a 256 MB page cache keeps their pages in memory
        // (measured in bench/README.md: half the time of the 2 MB default on 3M call-like rows).
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size = -262144";
            pragma.ExecuteNonQuery();
        }
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({names}) VALUES ({values})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();

        long count = 0;
        DbTransaction transaction = ambient ?? connection.BeginTransaction();
        command.Transaction = (SqliteTransaction)transaction;
        command.Prepare();
        try
        {
            foreach (var row in rows)
            {
                for (var i = 0; i < columns.Length; i++)
                    parameters[i].Value = columns[i].ValueOf(row) ?? DBNull.Value;
                command.ExecuteNonQuery();
                if (++count % SqliteBatch == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    if (ambient is null)
                    {
                        transaction.Commit();
                        transaction.Dispose();
                        transaction = connection.BeginTransaction();
                        command.Transaction = (SqliteTransaction)transaction;
                    }
                    progress?.Report(count);
                }
            }
            if (ambient is null) transaction.Commit();
            progress?.Report(count);
        }
        finally
        {
            if (ambient is null) transaction.Dispose();
        }
        return count;
    }

    private static async Task<long> CopyAsync<T>(NpgsqlConnection connection, string table, Column[] columns,
        IEnumerable<T> rows, IProgress<long>? progress, CancellationToken ct) where T : class
    {
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        long count = 0;
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                await writer.StartRowAsync(ct);
                foreach (var column in columns)
                {
                    var value = column.ValueOf(row);
                    if (value is null) await writer.WriteNullAsync(ct);
                    else await writer.WriteAsync(value, column.StoreType, ct);
                }
                if (++count % SqliteBatch == 0) progress?.Report(count);
            }
            await writer.CompleteAsync(ct);
        }
        progress?.Report(count);
        return count;
    }
}
