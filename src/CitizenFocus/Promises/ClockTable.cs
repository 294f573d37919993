using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Promises;

/// <summary>
/// Writers that give clocks their keys themselves (bulk decided clocks, the scheduler) take the
/// clock table for their transaction, so that two of them, or one and an ordinary insert, never
/// choose the same keys or open the same period twice. On SQLite the transaction's write lock does
/// this already; on PostgreSQL a SHARE ROW EXCLUSIVE lock does (it admits readers, and queues
/// writers until the commit).
/// </summary>
internal static class ClockTable
{
    public static async Task LockAsync(CitizenFocusDb db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE \"Clocks\" IN SHARE ROW EXCLUSIVE MODE", ct);
    }

    public static async Task<long> NextIdAsync(CitizenFocusDb db, CancellationToken ct) =>
        (await db.Clocks.MaxAsync(c => (long?)c.Id, ct) ?? 0) + 1;

    /// <summary>A unique index refused a row: another writer got there first.</summary>
    public static bool IsUniqueViolation(Exception e) => e switch
    {
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } => true,
        Npgsql.PostgresException { SqlState: "23505" } => true,
        DbUpdateException { InnerException: { } inner } => IsUniqueViolation(inner),
        _ => false,
    };
}
