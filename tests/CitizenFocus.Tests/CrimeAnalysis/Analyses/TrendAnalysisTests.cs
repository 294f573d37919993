using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Data;
using static CitizenFocus.Tests.CrimeAnalysis.Analyses.CrimeTestBed;

namespace CitizenFocus.Tests.CrimeAnalysis.Analyses;

public sealed class TrendAnalysisTests
{
    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_planted_spike_is_flagged_above_the_limits_and_the_part_month_left_out(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        var crimes = new List<Crime>();
        // Twenty burglaries a month in ward 3 (borough 2) from November 2024 to October 2026, sixty in August 2026.
        for (var month = new DateOnly(2024, 11, 1); month <= new DateOnly(2026, 10, 1); month = month.AddMonths(1))
        {
            var count = month == new DateOnly(2026, 8, 1) ? 60 : 20;
            for (var i = 0; i < count; i++)
                crimes.Add(bed.Crime("Residential burglary", Utc(month.Year, month.Month, 1 + i % 28, 10 + i % 8), borough: 2));
        }
        // 00:30 BST on 1 June is 23:30 UTC on 31 May: June's, which then holds 21. November 2026 is not over.
        crimes.Add(bed.Crime("Residential burglary", Utc(2026, 5, 31, 23, 30), borough: 2));
        crimes.Add(bed.Crime("Residential burglary", Utc(2026, 11, 20), borough: 2));
        await bed.AddAsync(crimes);

        var report = (await bed.RunAsync<TrendAnalysis, Result<TrendReport>>(a =>
            a.RunAsync("E05100003", "residential-burglary", Today))).Value;

        Assert.Equal(24, report.Months.Count);
        Assert.Equal((new DateOnly(2024, 11, 1), new DateOnly(2026, 10, 1)), (report.Months[0].Month, report.Months[^1].Month));
        Assert.Equal(21, report.Months.Single(m => m.Month == new DateOnly(2026, 6, 1)).Count);
        var flagged = Assert.Single(report.Months, m => m.Signal != TrendSignal.None);
        Assert.Equal((new DateOnly(2026, 8, 1), 60, TrendSignal.Above), (flagged.Month, flagged.Count, flagged.Signal));
        // The centre line is set by the twelve months before the latest twelve: 20 a month.
        Assert.Equal(12, report.BaselineMonths);
        Assert.Equal(20, report.Limits.Centre, 12);
        Assert.Equal(20 + 3 * Math.Sqrt(20), report.Limits.Upper, 12);

        using var writer = new StringWriter();
        await TrendAnalysis.WriteCsvAsync(report, writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("level,unit_code,unit_name,group_code,month,count,centre,lower,upper,signal,baseline", lines[0]);
        Assert.StartsWith("ward,E05100003,Ward 3,residential-burglary,2026-08,60,", lines[22]);
        Assert.EndsWith(",above,false", lines[22]);
        Assert.EndsWith(",true", lines[12]);
        Assert.EndsWith(",false", lines[13]);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite)]
    public async Task A_baseline_sets_the_centre_line_from_the_first_months_only(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        await bed.AddAsync([.. Enumerable.Range(0, 10).Select(i => bed.Crime("Other theft", Utc(2026, 10, 1 + i)))]);

        var report = (await bed.RunAsync<TrendAnalysis, Result<TrendReport>>(a =>
            a.RunAsync(asOf: new DateOnly(2026, 10, 31), months: 6, method: ControlLimitMethod.ExactPoisson, baselineMonths: 5))).Value;

        // October is complete on its last day; the first five months hold nothing, so any crime is a signal.
        Assert.Equal(new DateOnly(2026, 10, 1), report.Months[^1].Month);
        Assert.Equal(0, report.Limits.Centre);
        Assert.Equal(TrendSignal.Above, report.Months[^1].Signal);
        Assert.Null(report.GroupCode);
    }
}
