using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SQLitePCL;

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

    /// <summary>
    /// Whether SQLite rows are bound typed to the statement (<see cref="SqliteRowBinder{T}"/>) where the
    /// entity allows it; off, every value goes through Microsoft.Data.Sqlite's parameters. For the
    /// benchmark that compares the two ways in one run.
    /// </summary>
    internal static bool TypedSqliteBinding { get; set; } = true;

    public static async Task<long> InsertAsync<T>(CitizenFocusDb db, IEnumerable<T> rows,
        IProgress<long>? progress = null, CancellationToken ct = default) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = entityType.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        var properties = entityType.GetProperties().ToArray();
        var columns = properties
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
                    return TypedSqliteBinding && SqliteRowBinder<T>.For(entityType, properties) is { } binder
                        ? InsertSqliteTyped(lite, (SqliteTransaction?)ambient, table, columns, binder, rows, progress, ct)
                        : InsertSqlite(lite, (SqliteTransaction?)ambient, table, columns, rows, progress, ct);
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
        SetPageCache(connection);
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
                    transaction = EndBatch(connection, transaction, ambient, count, progress, ct);
                    command.Transaction = (SqliteTransaction)transaction;
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

    /// <summary>
    /// As <see cref="InsertSqlite{T}"/>, with the values bound typed to the prepared statement itself
    /// (<see cref="SqliteRowBinder{T}"/>): no boxing, parameter objects or data reader per row.
    /// </summary>
    private static long InsertSqliteTyped<T>(SqliteConnection connection, SqliteTransaction? ambient, string table, Column[] columns,
        SqliteRowBinder<T> binder, IEnumerable<T> rows, IProgress<long>? progress, CancellationToken ct) where T : class
    {
        SetPageCache(connection);
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        var values = string.Join(", ", columns.Select((_, i) => $"?{i + 1}"));
        var handle = connection.Handle!;
        var busyTimeout = TimeSpan.FromSeconds(Math.Max(0, new SqliteConnectionStringBuilder(connection.ConnectionString).DefaultTimeout));

        long count = 0;
        DbTransaction transaction = ambient ?? connection.BeginTransaction();
        var rc = raw.sqlite3_prepare_v2(handle, $"INSERT INTO \"{table}\" ({names}) VALUES ({values})", out var statement);
        try
        {
            if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, handle);
            var state = binder.NewState();
            foreach (var row in rows)
            {
                binder.Bind(statement, row, state);
                Step(statement, handle, busyTimeout);
                if (++count % SqliteBatch == 0) transaction = EndBatch(connection, transaction, ambient, count, progress, ct);
            }
            if (ambient is null) transaction.Commit();
            progress?.Report(count);
        }
        finally
        {
            statement.Dispose();
            if (ambient is null) transaction.Dispose();
        }
        return count;
    }

    /// <summary>
    /// After each batch: stops if cancelled, commits the batch when the transaction is the insert's own (the caller's
    /// stays open), reports progress, and returns the transaction to go on in.
    /// </summary>
    private static DbTransaction EndBatch(SqliteConnection connection, DbTransaction transaction, SqliteTransaction? ambient, long count,
        IProgress<long>? progress, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (ambient is null)
        {
            transaction.Commit();
            transaction.Dispose();
            transaction = connection.BeginTransaction();
        }
        progress?.Report(count);
        return transaction;
    }

    /// <summary>Runs the insert; waits out another connection's lock up to the connection's timeout, as Microsoft.Data.Sqlite does.</summary>
    private static void Step(sqlite3_stmt statement, sqlite3 handle, TimeSpan busyTimeout)
    {
        long waitingSince = 0;
        while (true)
        {
            var rc = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (rc == raw.SQLITE_DONE) return;
            if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
            {
                if (waitingSince == 0) waitingSince = Environment.TickCount64;
                if (Environment.TickCount64 - waitingSince < busyTimeout.TotalMilliseconds)
                {
                    Thread.Sleep(10);
                    continue;
                }
            }
            SqliteException.ThrowExceptionForRC(rc, handle);
        }
    }

    private static void SetPageCache(SqliteConnection connection)
    {
        // Rows arrive in random order for secondary indexes: a 256 MB page cache keeps their pages in memory
        // (measured in bench/README.md: half the time of the 2 MB default on 3M call-like rows).
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA cache_size = -262144";
        pragma.ExecuteNonQuery();
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
