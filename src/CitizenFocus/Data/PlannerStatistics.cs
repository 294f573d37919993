using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Data;

/// <summary>
/// Refreshes PostgreSQL's planner statistics after a bulk load. PostgreSQL plans queries from statistics that
/// autovacuum gathers only a minute or so after a load; until then it takes a table of a million rows for an empty
/// one, and the first crime analysis after the demo load took a minute instead of a fifth of a second. SQLite plans
/// these queries from their indexes alone, so nothing is done there.
/// </summary>
public static class PlannerStatistics
{
    /// <summary>ANALYZE the tables of the given entity types (the whole database when none), on PostgreSQL.</summary>
    public static async Task RefreshAsync(CitizenFocusDb db, CancellationToken ct, params Type[] entities)
    {
        if (!db.Database.IsNpgsql()) return;
        var tables = entities.Select(e => db.Model.FindEntityType(e)?.GetTableName()
            ?? throw new ArgumentException($"{e.Name} is not in the model.", nameof(entities)));
        var sql = entities.Length == 0 ? "ANALYZE" : "ANALYZE " + string.Join(", ", tables.Select(t => $"\"{t}\""));
#pragma warning disable EF1002 // The table names are the model's own, not input.
        await db.Database.ExecuteSqlRawAsync(sql, ct);
#pragma warning restore EF1002
    }
}
