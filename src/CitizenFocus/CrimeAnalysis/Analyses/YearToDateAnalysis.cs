using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// Year-to-date crime performance (June 2010 framework): for each unit of a level and each crime group,
/// crimes from 1 April (the police financial year) to the as-of date, London dates inclusive, against the
/// same days a year earlier, with the change, the percentage change and R's poisson.test p-value
/// (exposures are the two periods' lengths in days, equal but for a 29 February).
/// Two grouped queries in all, one per period (<see cref="GroupCounts"/>).
/// <para>
/// CSV (<see cref="WriteCsvAsync"/>), one row per unit and group: level, unit_code, unit_name, group_code,
/// group_name, from, to, count, previous_from, previous_to, previous_count, change, percent_change (blank
/// when last year's count is zero), p_value, significant (p &lt; 0.05).
/// </para>
/// </summary>
public sealed class YearToDateAnalysis(CitizenFocusDb db, TimeProvider time)
{
    /// <param name="level">The units to report: the force, its areas, boroughs or wards.</param>
    /// <param name="unitCode">Only units within this area, borough or ward (or the force's code); the whole force when null.</param>
    /// <param name="groupCode">One crime group; every group when null.</param>
    /// <param name="asOf">The last day counted (London); today when null.</param>
    public async Task<Result<IReadOnlyList<YearToDateRow>>> RunAsync(OrgLevel level, string? unitCode = null, string? groupCode = null,
        DateOnly? asOf = null, CancellationToken ct = default)
    {
        var scope = await CrimeScope.ResolveAsync(db, unitCode, ct);
        if (!scope.Succeeded) return Result.NotFound("unit", scope.Errors[0].Message);
        var units = scope.Value.UnitsAt(level);
        if (!units.Succeeded) return Result.Invalid(units.Errors);
        var groups = await GroupChoice.ResolveAsync(db, groupCode, ct);
        if (!groups.Succeeded) return Result.NotFound("group", groups.Errors[0].Message);

        var period = AnalysisPeriod.FinancialYearToDate(asOf ?? UkTime.Today(time));
        var previous = period.YearEarlier();
        var counts = await GroupCounts.ByUnitAsync(db, scope.Value, level, period, ct);
        var previousCounts = await GroupCounts.ByUnitAsync(db, scope.Value, level, previous, ct);

        var rows = new List<YearToDateRow>();
        foreach (var unit in units.Value)
            foreach (var group in groups.Value)
            {
                var comparison = CountComparison.Of(counts.GetValueOrDefault((unit.Id, group.Bit)),
                    previousCounts.GetValueOrDefault((unit.Id, group.Bit)), period.Days, previous.Days);
                rows.Add(new YearToDateRow(level, unit.Code, unit.Name, group.Code, group.Name, period, previous, comparison));
            }
        return Result<IReadOnlyList<YearToDateRow>>.Ok(rows);
    }

    public static readonly string[] CsvHeader =
    [
        "level", "unit_code", "unit_name", "group_code", "group_name", "from", "to", "count",
        "previous_from", "previous_to", "previous_count", "change", "percent_change", "p_value", "significant",
    ];

    public static Task WriteCsvAsync(IEnumerable<YearToDateRow> rows, TextWriter writer, CancellationToken ct = default) =>
        AnalysisCsv.WriteAsync(writer, CsvHeader, rows.Select(r => new[]
        {
            AnalysisCsv.Level(r.Level), r.UnitCode, r.UnitName, r.GroupCode, r.GroupName,
            AnalysisCsv.Date(r.Period.From), AnalysisCsv.Date(r.Period.To), AnalysisCsv.Int(r.Comparison.Count),
            AnalysisCsv.Date(r.PreviousPeriod.From), AnalysisCsv.Date(r.PreviousPeriod.To), AnalysisCsv.Int(r.Comparison.PreviousCount),
            AnalysisCsv.Int(r.Comparison.Change), AnalysisCsv.Number(r.Comparison.PercentChange),
            AnalysisCsv.PValue(r.Comparison.PValue), AnalysisCsv.Bool(r.Comparison.Significant),
        }), ct);
}
