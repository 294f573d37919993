using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// Crime counts per unit and crime group in a period, in one grouped query: the database groups by
/// borough (or ward) and by the whole <see cref="Crime.Groups"/> value, which takes few distinct values,
/// and each bit of each value is then added to its group here. A crime in two groups (a knife-point
/// robbery) counts once in each. The range on CommittedAt lets the database use the
/// (BoroughId, CommittedAt) and CommittedAt indexes.
/// </summary>
internal static class GroupCounts
{
    /// <summary>Counts keyed by (unit id at <paramref name="level"/>, group bit).</summary>
    public static async Task<Dictionary<(int Unit, int Bit), int>> ByUnitAsync(CitizenFocusDb db, CrimeScope scope, OrgLevel level,
        AnalysisPeriod period, CancellationToken ct)
    {
        var crimes = scope.Crimes(db, period).Where(c => c.Groups != 0);
        var rows = level == OrgLevel.Ward
            ? await crimes.GroupBy(c => new { c.BoroughId, c.WardId, c.Groups })
                .Select(g => new Row(g.Key.BoroughId, g.Key.WardId, g.Key.Groups, g.Count())).ToListAsync(ct)
            : await crimes.GroupBy(c => new { c.BoroughId, c.Groups })
                .Select(g => new Row(g.Key.BoroughId, null, g.Key.Groups, g.Count())).ToListAsync(ct);

        var counts = new Dictionary<(int, int), int>();
        foreach (var row in rows)
        {
            if (scope.UnitOf(level, row.BoroughId, row.WardId) is not { } unit) continue;
            for (var bit = 0; bit < CrimeGroup.MaxGroups; bit++)
            {
                if ((row.Groups & (1 << bit)) == 0) continue;
                counts[(unit, bit)] = counts.GetValueOrDefault((unit, bit)) + row.Count;
            }
        }
        return counts;
    }

    private sealed record Row(int BoroughId, int? WardId, int Groups, int Count);
}
