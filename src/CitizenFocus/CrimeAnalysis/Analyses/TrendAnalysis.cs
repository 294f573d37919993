using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// Trends down to ward: a unit's crimes (one group, or all crime) per London calendar month over the last
/// complete months (24 by default) before the as-of date, on a count control chart
/// (<see cref="CountControlChart"/>, three-sigma or exact Poisson limits) with the months beyond its limits
/// flagged above or below. The month of the as-of date counts only when the as-of date is its last day, so
/// that a part month is never read as a fall. The centre line is the mean of the first baseline months: by
/// default the months before the latest twelve (all of them when there are twelve or fewer), so that a recent
/// rise does not lift the line it is judged against. One COUNT per month, each on the CommittedAt index.
/// <para>
/// CSV (<see cref="WriteCsvAsync"/>), one row per month: level, unit_code, unit_name, group_code (blank for all
/// crime), month (YYYY-MM), count, centre, lower, upper, signal (above|below, blank within the limits), baseline.
/// </para>
/// </summary>
public sealed class TrendAnalysis(CitizenFocusDb db, TimeProvider time)
{
    public const int DefaultMonths = 24;

    public async Task<Result<TrendReport>> RunAsync(string? unitCode = null, string? groupCode = null, DateOnly? asOf = null,
        int months = DefaultMonths, ControlLimitMethod method = ControlLimitMethod.ThreeSigma, int? baselineMonths = null,
        CancellationToken ct = default)
    {
        if (months < 2) return Result.Invalid("months", "a trend needs at least two months");
        if (baselineMonths is { } b && (b < 1 || b > months)) return Result.Invalid("baseline", $"the baseline must be between 1 and the {months} months");
        var scope = await CrimeScope.ResolveAsync(db, unitCode, ct);
        if (!scope.Succeeded) return Result.NotFound("unit", scope.Errors[0].Message);
        var group = await GroupChoice.OptionalAsync(db, groupCode, ct);
        if (!group.Succeeded) return Result.NotFound("group", group.Errors[0].Message);

        var day = asOf ?? UkTime.Today(time);
        var lastMonth = day.AddDays(1).Day == 1 ? AnalysisPeriod.Month(day) : AnalysisPeriod.Month(day.AddMonths(-1));
        var counts = new List<(DateOnly Month, int Count)>();
        for (var i = months - 1; i >= 0; i--)
        {
            var month = AnalysisPeriod.Month(lastMonth.From.AddMonths(-i));
            counts.Add((month.From, await scope.Value.Crimes(db, month).Within(group.Value).CountAsync(ct)));
        }

        var baseline = baselineMonths ?? DefaultBaseline(months);
        var chart = CountControlChart.Analyse([.. counts.Select(c => c.Count)], method, baseline);
        var trend = counts.Select((c, i) => new TrendMonth(c.Month, c.Count,
            !chart.MonthsBeyondLimits.Contains(i) ? TrendSignal.None : c.Count > chart.Limits.Upper ? TrendSignal.Above : TrendSignal.Below)).ToList();
        return new TrendReport(scope.Value.Unit, group.Value?.Code, trend, chart.Limits, baseline);
    }

    /// <summary>The months before the latest twelve, or all of them when there are twelve or fewer.</summary>
    public static int DefaultBaseline(int months) => months > 12 ? months - 12 : months;

    public static readonly string[] CsvHeader =
        ["level", "unit_code", "unit_name", "group_code", "month", "count", "centre", "lower", "upper", "signal", "baseline"];

    public static Task WriteCsvAsync(TrendReport report, TextWriter writer, CancellationToken ct = default) =>
        AnalysisCsv.WriteAsync(writer, CsvHeader, report.Months.Select((m, i) => new[]
        {
            AnalysisCsv.Level(report.Unit.Level), report.Unit.Code, report.Unit.Name, report.GroupCode ?? "", AnalysisCsv.Month(m.Month),
            AnalysisCsv.Int(m.Count), AnalysisCsv.Number(report.Limits.Centre), AnalysisCsv.Number(report.Limits.Lower),
            AnalysisCsv.Number(report.Limits.Upper), m.Signal == TrendSignal.None ? "" : m.Signal.ToString().ToLowerInvariant(),
            AnalysisCsv.Bool(i < report.BaselineMonths),
        }), ct);
}
