using System.Globalization;
using System.Text.RegularExpressions;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Reporting;
using CitizenFocus.Statistics.Performance;
using Microsoft.Extensions.Options;

namespace CitizenFocus.Tests.Statistics;

/// <summary>
/// Acceptance: no pack, overview or CSV shows an estimate of a unit, component or group whose effective
/// sample is under the minimum: every unit of the small demo at every level, every table (the data
/// tables under the charts included), every chart's bars, points and lines, and every CSV row.
/// </summary>
public sealed partial class SuppressionTests(DefaultSeedDemoFixture demo) : IClassFixture<DefaultSeedDemoFixture>
{
    private static readonly DateOnly Month = new(2026, 10, 1);
    private static readonly PackPeriod Period = PackPeriod.Ending(Month, 12);

    // A share, a difference or an odds ratio: anything a suppressed cell must not hold. Effective samples
    // (whole numbers) may be shown: they say why there is no figure.
    [GeneratedRegex(@"\d+\.\d+%?|(^|\s)[+−-]\d")]
    private static partial Regex Estimate();

    private async Task<PerformanceEngine> EngineAsync(CitizenFocusDb db)
    {
        var queries = new PerformanceQueries(db, Options.Create(new PerformanceOptions()), new ComplianceQueries(db));
        return await queries.LoadAsync(queries.PeriodFor(Month));
    }

    [Theory]
    [InlineData(OrgLevel.Force)]
    [InlineData(OrgLevel.Area)]
    [InlineData(OrgLevel.Borough)]
    [InlineData(OrgLevel.Ward)]
    public async Task No_pack_shows_a_figure_whose_effective_sample_is_under_the_minimum(OrgLevel level)
    {
        await using var db = demo.Database.CreateDb();
        var engine = await EngineAsync(db);
        var minimum = engine.Options.MinimumEffectiveSample;
        var insufficientUnits = engine.Data.Indicators.ToDictionary(i => i.Name,
            i => engine.Results(level, i, Period).Where(r => r.Insufficient).Select(r => r.Unit.Name).ToHashSet());
        var suppressed = 0;

        foreach (var unit in engine.Data.UnitsAt(level))
        {
            var pack = PackReport.Build(engine, unit, Period, []);
            var report = PackReport.ToReport(pack, "now");
            var tables = Tables(report).ToList();

            // The unit's own insufficient indicators: the scorecard and component rows say so and show nothing else.
            foreach (var r in pack.Scorecard.Where(r => r.Insufficient))
            {
                suppressed++;
                var rows = tables.Where(t => t.Caption is "Scorecard" or "Component measures").SelectMany(t => t.Rows).Where(row => row[0] == r.Indicator.Name).ToList();
                Assert.NotEmpty(rows);
                Assert.All(rows, row => Assert.Equal(PackReport.InsufficientSample, row[1]));
                Assert.All(rows, row => AssertNoEstimate(row, $"{unit.Name}, {r.Indicator.Name}"));
            }
            // Any row that says "insufficient sample" shows no estimate (equality groups, drivers, trend months).
            foreach (var t in tables)
                foreach (var row in t.Rows.Where(row => row.Any(c => c.Contains(PackReport.InsufficientSample, StringComparison.OrdinalIgnoreCase))))
                    AssertNoEstimate(row, $"{unit.Name}: {t.Caption}");
            // Month by month: a month under the minimum has no point and no band.
            foreach (var h in pack.Headlines)
                foreach (var (period, estimate, nEff) in h.Trend)
                    Assert.True(nEff >= minimum || estimate is null, $"{unit.Name} {h.Result.Indicator.Name} {period.Label}: effective sample {nEff:0.0} has a figure");
            // League tables and funnel plots leave out the units with no figure.
            foreach (var chart in Charts(report))
            {
                var indicator = insufficientUnits.Keys.FirstOrDefault(n => chart.Title.Contains(n, StringComparison.Ordinal));
                if (indicator is null) continue;
                var labels = chart switch
                {
                    BarChartSpec bars => bars.Bars.Select(b => b.Label),
                    CitizenFocus.Reporting.FunnelPlot funnel => funnel.Points.Select(p => p.Label),
                    _ => [],
                };
                Assert.DoesNotContain(labels, l => insufficientUnits[indicator].Contains(l));
            }
            // The key-driver analysis of a headline under the minimum, or whose model is, shows no driver.
            foreach (var h in pack.Headlines.Where(h => h.Drivers is { } d && d.Outcome == CitizenFocus.Statistics.KeyDriverOutcome.InsufficientSample))
                Assert.Empty(h.Drivers!.Drivers);
            // Equality groups under the minimum give no gap.
            foreach (var h in pack.Headlines)
                Assert.All(h.Equality.Where(e => e.Gap.Outcome == CitizenFocus.Statistics.GapOutcome.InsufficientSample), e => Assert.Null(e.Gap.Gap));
        }

        var overview = PackReport.Overview(engine, level, Period, "now");
        foreach (var t in Tables(overview))
            foreach (var row in t.Rows.Where(row => row.Contains(PackReport.InsufficientSample)))
                AssertNoEstimate(row, $"overview: {t.Caption}");

        if (level == OrgLevel.Ward) Assert.True(suppressed > 0, "the small demo's wards have figures under the minimum");
    }

    [Theory]
    [InlineData(OrgLevel.Force)]
    [InlineData(OrgLevel.Area)]
    [InlineData(OrgLevel.Borough)]
    [InlineData(OrgLevel.Ward)]
    public async Task No_csv_row_under_the_minimum_has_an_estimate(OrgLevel level)
    {
        await using var db = demo.Database.CreateDb();
        var engine = await EngineAsync(db);
        using var stream = new MemoryStream();
        await PackCsv.WriteAsync(stream, engine.Results(level, Period));
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].TrimEnd('\r').Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        var checkedRows = 0;
        foreach (var line in lines.Skip(1))
        {
            // Unit names in the demo hold no commas or quotes, so splitting on commas is safe here.
            var cells = line.TrimEnd('\r').Split(',');
            var nEff = cells[Col("n_eff")] is { Length: > 0 } n ? double.Parse(n, CultureInfo.InvariantCulture) : 0;
            var insufficient = cells[Col("insufficient_sample")] == "true";
            Assert.Equal(nEff < engine.Options.MinimumEffectiveSample, insufficient);
            if (!insufficient) continue;
            checkedRows++;
            foreach (var column in new[] { "estimate", "ci_low", "ci_high", "peer_estimate", "diff_vs_peer", "diff_vs_peer_low", "diff_vs_peer_high",
                         "prior_estimate", "diff_vs_prior", "grade", "peer_units" })
                Assert.True(cells[Col(column)] == "", $"{cells[1]} {cells[3]}: {column} is '{cells[Col(column)]}' under the minimum");
        }
        // Every row under the minimum is also left out of every other row's peer average.
        var suppressedUnits = engine.Results(level, Period).Where(r => r.Insufficient).Select(r => (r.Unit.Code, r.Indicator.Code)).ToHashSet();
        foreach (var r in engine.Results(level, Period).Where(r => !r.Insufficient))
            Assert.DoesNotContain(r.PeerUnits, c => suppressedUnits.Contains((c, r.Indicator.Code)));
        if (level == OrgLevel.Ward) Assert.True(checkedRows > 0);
    }

    private static void AssertNoEstimate(IReadOnlyList<string> row, string where)
    {
        foreach (var cell in row)
            Assert.False(Estimate().IsMatch(cell), $"{where}: '{cell}' in a row under the minimum ({string.Join(" | ", row)})");
    }

    private static IEnumerable<Table> Tables(Report report) =>
        report.Sections.SelectMany(s => s.Blocks).SelectMany(b => b switch
        {
            Table t => [t],
            Chart c => [c.Spec.ToDataTable()],
            _ => Array.Empty<Table>(),
        });

    private static IEnumerable<ChartSpec> Charts(Report report) =>
        report.Sections.SelectMany(s => s.Blocks).OfType<Chart>().Select(c => c.Spec);
}
