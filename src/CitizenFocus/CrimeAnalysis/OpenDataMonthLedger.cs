using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// Keeps <see cref="OpenDataMonth"/> in step with the street-level rows held: each force's months with
/// rows are present with their count, and each month between its first and last without rows is
/// missing, so that a gap is never read as a month without crime.
/// </summary>
internal sealed class OpenDataMonthLedger(CitizenFocusDb db, TimeProvider time)
{
    /// <summary>
    /// Recounts the given force-months (those an import added rows to or removed rows from), fills the
    /// gaps of their forces, and saves. Returns each of those forces' months.
    /// </summary>
    public async Task<IReadOnlyList<OpenDataForceMonths>> RecordAsync(IReadOnlyCollection<(int ForceId, DateOnly Month)> changedIds,
        Func<int, string> forceName, CancellationToken ct)
    {
        if (changedIds.Count == 0) return [];
        var ids = changedIds.Select(c => c.ForceId).Distinct().ToList();
        var months = changedIds.Select(c => c.Month).Distinct().ToList();
        var counts = (await db.OpenDataCrimes.AsNoTracking()
                .Where(c => ids.Contains(c.FallsWithinId) && months.Contains(c.Month))
                .GroupBy(c => new { c.FallsWithinId, c.Month })
                .Select(g => new { g.Key.FallsWithinId, g.Key.Month, Rows = g.Count() })
                .ToListAsync(ct))
            .ToDictionary(c => (forceName(c.FallsWithinId), c.Month), c => c.Rows);
        var changed = changedIds.Select(c => (Force: forceName(c.ForceId), c.Month)).ToList();
        var forces = changed.Select(c => c.Force).Distinct().Order(StringComparer.Ordinal).ToList();
        var held = await db.OpenDataMonths.Where(m => forces.Contains(m.Force)).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;

        var result = new List<OpenDataForceMonths>(forces.Count);
        foreach (var force in forces)
        {
            var byMonth = held.Where(m => m.Force == force).ToDictionary(m => m.Month);
            void Set(DateOnly month, OpenDataMonthStatus status, int rows)
            {
                if (!byMonth.TryGetValue(month, out var entry))
                {
                    entry = new OpenDataMonth { Force = force, Month = month, Status = status, Rows = rows, UpdatedAt = now };
                    db.OpenDataMonths.Add(entry);
                    byMonth[month] = entry;
                }
                else if (entry.Status != status || entry.Rows != rows)
                {
                    (entry.Status, entry.Rows, entry.UpdatedAt) = (status, rows, now);
                }
            }

            foreach (var (_, month) in changed.Where(c => c.Force == force))
                Set(month, counts.TryGetValue((force, month), out var rows) && rows > 0 ? OpenDataMonthStatus.Present : OpenDataMonthStatus.Missing,
                    counts.GetValueOrDefault((force, month)));

            var present = byMonth.Values.Where(m => m.Status == OpenDataMonthStatus.Present).Select(m => m.Month).ToList();
            if (present.Count == 0)
            {
                db.OpenDataMonths.RemoveRange(byMonth.Values);
                continue;
            }
            var (first, last) = (present.Min(), present.Max());
            var missing = new List<DateOnly>();
            for (var month = first; month <= last; month = month.AddMonths(1))
                if (!byMonth.TryGetValue(month, out var entry) || entry.Status != OpenDataMonthStatus.Present)
                {
                    Set(month, OpenDataMonthStatus.Missing, 0);
                    missing.Add(month);
                }
            // A month is missing only between the first and the last held.
            db.OpenDataMonths.RemoveRange(byMonth.Values.Where(m => m.Month < first || m.Month > last));
            result.Add(new OpenDataForceMonths(force, first, last, present.Count, missing));
        }
        await db.SaveChangesAsync(ct);
        return result;
    }
}
