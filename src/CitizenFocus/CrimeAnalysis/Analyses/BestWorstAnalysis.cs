using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// The best and worst boroughs (or wards) for each crime group over the last 12 weeks, as the framework's
/// monthly performance meetings read them. The last 12 weeks (84 London days to the as-of date) are
/// compared with the 12 weeks just before them, not with the same weeks a year earlier: a short-term,
/// tactical measure that needs no year of history and answers "what is rising now"; the year-on-year view
/// is <see cref="YearToDateAnalysis"/>. Seasonal swings are not removed, so compare units with each other
/// rather than read one unit's change alone.
/// <para>
/// Units are ranked by percentage change (a rise from zero ranks above any percentage; then by the change
/// in count, then by name); units with no crime in either period are left out. The best are the first three
/// (largest falls), the worst the last three, and when fewer than six units are ranked they are split in
/// half so that no unit is both.
/// </para>
/// <para>
/// CSV (<see cref="WriteCsvAsync"/>), one row per group and listed unit: group_code, group_name, position
/// (best|worst), rank, level, unit_code, unit_name, from, to, count, previous_from, previous_to,
/// previous_count, change, percent_change, p_value, significant.
/// </para>
/// </summary>
public sealed class BestWorstAnalysis(CitizenFocusDb db, TimeProvider time)
{
    public const int Weeks = 12;
    public const int Listed = 3;

    /// <param name="unitCode">The force (null), an area or a borough whose units are ranked.</param>
    /// <param name="level">Borough (the framework's list) or ward.</param>
    public async Task<Result<IReadOnlyList<BestWorstRow>>> RunAsync(string? unitCode = null, OrgLevel level = OrgLevel.Borough,
        string? groupCode = null, DateOnly? asOf = null, CancellationToken ct = default)
    {
        if (level is not (OrgLevel.Borough or OrgLevel.Ward)) return Result.Invalid("level", "rank boroughs or wards");
        var scope = await CrimeScope.ResolveAsync(db, unitCode, ct);
        if (!scope.Succeeded) return Result.NotFound("unit", scope.Errors[0].Message);
        var units = scope.Value.UnitsAt(level);
        if (!units.Succeeded) return Result.Invalid(units.Errors);
        var groups = await GroupChoice.ResolveAsync(db, groupCode, ct);
        if (!groups.Succeeded) return Result.NotFound("group", groups.Errors[0].Message);

        var period = AnalysisPeriod.LastDays(asOf ?? UkTime.Today(time), Weeks * 7);
        var previous = period.Before();
        var counts = await GroupCounts.ByUnitAsync(db, scope.Value, level, period, ct);
        var previousCounts = await GroupCounts.ByUnitAsync(db, scope.Value, level, previous, ct);

        var rows = new List<BestWorstRow>();
        foreach (var group in groups.Value)
        {
            var ranked = units.Value
                .Select(u => (Unit: u, Comparison: CountComparison.Of(counts.GetValueOrDefault((u.Id, group.Bit)), previousCounts.GetValueOrDefault((u.Id, group.Bit)))))
                .Where(x => x.Comparison.Count + x.Comparison.PreviousCount > 0)
                .OrderBy(x => SortKey(x.Comparison)).ThenBy(x => x.Comparison.Change)
                .ThenBy(x => x.Unit.Name, StringComparer.Ordinal).ThenBy(x => x.Unit.Code, StringComparer.Ordinal)
                .ToList();
            var best = Math.Min(Listed, (ranked.Count + 1) / 2);
            var worst = Math.Min(Listed, ranked.Count - best);
            for (var i = 0; i < best; i++)
                rows.Add(new BestWorstRow(group.Code, group.Name, BestWorstPosition.Best, i + 1, ranked[i].Unit, period, previous, ranked[i].Comparison));
            for (var i = 0; i < worst; i++)
            {
                var x = ranked[ranked.Count - 1 - i];
                rows.Add(new BestWorstRow(group.Code, group.Name, BestWorstPosition.Worst, i + 1, x.Unit, period, previous, x.Comparison));
            }
        }
        return Result<IReadOnlyList<BestWorstRow>>.Ok(rows);
    }

    private static double SortKey(CountComparison c) => c.PercentChange ?? (c.Count > 0 ? double.PositiveInfinity : 0);

    public static readonly string[] CsvHeader =
    [
        "group_code", "group_name", "position", "rank", "level", "unit_code", "unit_name", "from", "to", "count",
        "previous_from", "previous_to", "previous_count", "change", "percent_change", "p_value", "significant",
    ];

    public static Task WriteCsvAsync(IEnumerable<BestWorstRow> rows, TextWriter writer, CancellationToken ct = default) =>
        AnalysisCsv.WriteAsync(writer, CsvHeader, rows.Select(r => new[]
        {
            r.GroupCode, r.GroupName, r.Position.ToString().ToLowerInvariant(), AnalysisCsv.Int(r.Rank),
            AnalysisCsv.Level(r.Unit.Level), r.Unit.Code, r.Unit.Name,
            AnalysisCsv.Date(r.Period.From), AnalysisCsv.Date(r.Period.To), AnalysisCsv.Int(r.Comparison.Count),
            AnalysisCsv.Date(r.PreviousPeriod.From), AnalysisCsv.Date(r.PreviousPeriod.To), AnalysisCsv.Int(r.Comparison.PreviousCount),
            AnalysisCsv.Int(r.Comparison.Change), AnalysisCsv.Number(r.Comparison.PercentChange),
            AnalysisCsv.PValue(r.Comparison.PValue), AnalysisCsv.Bool(r.Comparison.Significant),
        }), ct);
}
