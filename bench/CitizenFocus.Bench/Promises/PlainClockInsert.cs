using CitizenFocus.Promises;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace CitizenFocus.Bench.Promises;

/// <summary>
/// The reference for the clock benchmarks: clock rows written into the "Clocks" table of a migrated
/// database the plain way, with no EF metadata in between. On SQLite a hand-written INSERT of every
/// column, prepared once, values set on Microsoft.Data.Sqlite's parameters, the whole run in one
/// transaction, with the 256 MB page cache the product's bulk insert gives itself; on PostgreSQL a
/// binary COPY of every column with each value's type named. (Demo/PlainSqliteInsert writes the
/// demo's activity tables from the demo generator and commits every 50,000 rows, so it does not fit.)
/// </summary>
internal static class PlainClockInsert
{
    private static readonly string[] Columns =
    [
        "Id", "StandardId", "RecordType", "RecordId", "Title", "BoroughId", "WardId", "TeamId", "AssigneeMemberId", "AssigneeUserId",
        "PartnerAgencyId", "PeriodStart", "Dimension1", "Dimension2", "Dimension3", "Dimension4", "Status", "StartedAt", "WarnAt", "DueAt",
        "NextDueAt", "PausedAt", "RemainingAtPause", "WarningRemainingAtPause", "WarnedAt", "BreachedAt", "EndedAt", "Outcome",
        "BreachReason", "Explanation",
    ];

    private static string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c}\""));

    public static long Sqlite(string connectionString, IEnumerable<Clock> clocks, CancellationToken ct)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size = -262144";
            pragma.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"Clocks\" ({ColumnList}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"$p{i}"))})";
        var p = Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
        long count = 0;
        foreach (var c in clocks)
        {
            p[0].Value = c.Id;
            p[1].Value = c.StandardId;
            p[2].Value = c.RecordType;
            p[3].Value = c.RecordId;
            p[4].Value = Db(c.Title);
            p[5].Value = Db(c.BoroughId);
            p[6].Value = Db(c.WardId);
            p[7].Value = Db(c.TeamId);
            p[8].Value = Db(c.AssigneeMemberId);
            p[9].Value = Db(c.AssigneeUserId);
            p[10].Value = Db(c.PartnerAgencyId);
            p[11].Value = Db(c.PeriodStart);
            p[12].Value = Db(c.Dimension1);
            p[13].Value = Db(c.Dimension2);
            p[14].Value = Db(c.Dimension3);
            p[15].Value = Db(c.Dimension4);
            p[16].Value = (int)c.Status;
            p[17].Value = c.StartedAt;
            p[18].Value = c.WarnAt;
            p[19].Value = c.DueAt;
            p[20].Value = Db(c.NextDueAt);
            p[21].Value = Db(c.PausedAt);
            p[22].Value = Db(c.RemainingAtPause);
            p[23].Value = Db(c.WarningRemainingAtPause);
            p[24].Value = Db(c.WarnedAt);
            p[25].Value = Db(c.BreachedAt);
            p[26].Value = Db(c.EndedAt);
            p[27].Value = c.Outcome is { } outcome ? (int)outcome : DBNull.Value;
            p[28].Value = Db(c.BreachReason);
            p[29].Value = Db(c.Explanation);
            command.ExecuteNonQuery();
            if (++count % 50_000 == 0) ct.ThrowIfCancellationRequested();
        }
        transaction.Commit();
        return count;
    }

    public static async Task<long> PostgresAsync(string connectionString, IEnumerable<Clock> clocks, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        long count = 0;
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY \"Clocks\" ({ColumnList}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var c in clocks)
            {
                writer.StartRow();
                writer.Write(c.Id, NpgsqlDbType.Bigint);
                writer.Write(c.StandardId, NpgsqlDbType.Integer);
                writer.Write(c.RecordType, NpgsqlDbType.Varchar);
                writer.Write(c.RecordId, NpgsqlDbType.Varchar);
                Text(writer, c.Title);
                Int(writer, c.BoroughId);
                Int(writer, c.WardId);
                Int(writer, c.TeamId);
                Int(writer, c.AssigneeMemberId);
                Text(writer, c.AssigneeUserId);
                Int(writer, c.PartnerAgencyId);
                Time(writer, c.PeriodStart);
                Text(writer, c.Dimension1);
                Text(writer, c.Dimension2);
                Text(writer, c.Dimension3);
                Text(writer, c.Dimension4);
                writer.Write((int)c.Status, NpgsqlDbType.Integer);
                writer.Write(c.StartedAt, NpgsqlDbType.TimestampTz);
                writer.Write(c.WarnAt, NpgsqlDbType.TimestampTz);
                writer.Write(c.DueAt, NpgsqlDbType.TimestampTz);
                Time(writer, c.NextDueAt);
                Time(writer, c.PausedAt);
                Interval(writer, c.RemainingAtPause);
                Interval(writer, c.WarningRemainingAtPause);
                Time(writer, c.WarnedAt);
                Time(writer, c.BreachedAt);
                Time(writer, c.EndedAt);
                Int(writer, c.Outcome is { } outcome ? (int)outcome : null);
                Text(writer, c.BreachReason);
                Text(writer, c.Explanation);
                if (++count % 50_000 == 0) ct.ThrowIfCancellationRequested();
            }
            await writer.CompleteAsync(ct);
        }
        return count;
    }

    private static void Int(NpgsqlBinaryImporter writer, int? value)
    {
        if (value is { } v) writer.Write(v, NpgsqlDbType.Integer);
        else writer.WriteNull();
    }

    private static void Text(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is not null) writer.Write(value, NpgsqlDbType.Varchar);
        else writer.WriteNull();
    }

    private static void Time(NpgsqlBinaryImporter writer, DateTime? value)
    {
        if (value is { } v) writer.Write(v, NpgsqlDbType.TimestampTz);
        else writer.WriteNull();
    }

    private static void Interval(NpgsqlBinaryImporter writer, TimeSpan? value)
    {
        if (value is { } v) writer.Write(v, NpgsqlDbType.Interval);
        else writer.WriteNull();
    }

    private static object Db<T>(T? value) where T : struct => value.HasValue ? value.Value : DBNull.Value;

    private static object Db(string? value) => value is null ? DBNull.Value : value;
}
