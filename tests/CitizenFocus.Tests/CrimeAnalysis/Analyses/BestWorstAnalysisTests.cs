using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics;
using static CitizenFocus.Tests.CrimeAnalysis.Analyses.CrimeTestBed;

namespace CitizenFocus.Tests.CrimeAnalysis.Analyses;

public sealed class BestWorstAnalysisTests
{
    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task The_three_largest_falls_are_best_and_the_three_largest_rises_worst(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        // Ten burglaries each in the 12 weeks before; in the last 12 weeks (3 September to 25 November) boroughs
        // 1–7 have 2, 4, 6, 10, 14, 18 and 30.
        int[] latest = [2, 4, 6, 10, 14, 18, 30];
        var crimes = new List<CitizenFocus.CrimeAnalysis.Crime>();
        for (var b = 1; b <= 7; b++)
        {
            for (var i = 0; i < 10; i++) crimes.Add(bed.Crime("Residential burglary", Utc(2026, 6, 11).AddDays(i * 8), b));
            for (var i = 0; i < latest[b - 1]; i++) crimes.Add(bed.Crime("Residential burglary", Utc(2026, 9, 3).AddHours(i * 60), b));
        }
        // Just outside both periods: not counted.
        crimes.Add(bed.Crime("Residential burglary", Utc(2026, 6, 10, 22, 59), 4));
        await bed.AddAsync(crimes);

        var rows = (await bed.RunAsync<BestWorstAnalysis, Result<IReadOnlyList<BestWorstRow>>>(a =>
            a.RunAsync(groupCode: "residential-burglary", asOf: Today))).Value;

        var best = rows.Where(r => r.Position == BestWorstPosition.Best).OrderBy(r => r.Rank).ToList();
        var worst = rows.Where(r => r.Position == BestWorstPosition.Worst).OrderBy(r => r.Rank).ToList();
        Assert.Equal([BoroughCode(1), BoroughCode(2), BoroughCode(3)], best.Select(r => r.Unit.Code));
        Assert.Equal([BoroughCode(7), BoroughCode(6), BoroughCode(5)], worst.Select(r => r.Unit.Code));
        Assert.Equal([-80.0, -60.0, -40.0], best.Select(r => Math.Round(r.Comparison.PercentChange!.Value, 9)));
        Assert.Equal([200.0, 80.0, 40.0], worst.Select(r => Math.Round(r.Comparison.PercentChange!.Value, 9)));
        Assert.All(rows, r => Assert.Equal(10, r.Comparison.PreviousCount));
        Assert.Equal((new DateOnly(2026, 9, 3), new DateOnly(2026, 6, 11)), (rows[0].Period.From, rows[0].PreviousPeriod.From));
        // 2 against 10 (binom.test(2, 12): p = 0.0386) and 30 against 10 are significant; 14 against 10 is not.
        Assert.True(best[0].Comparison.Significant);
        Assert.True(worst[0].Comparison.Significant);
        Assert.False(worst[2].Comparison.Significant);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite)]
    public async Task With_fewer_than_six_units_no_unit_is_both_best_and_worst(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        await bed.AddAsync([
            bed.Crime("Robbery of personal property", Utc(2026, 10, 1), 5),
            bed.Crime("Robbery of personal property", Utc(2026, 7, 1), 6),
            bed.Crime("Robbery of personal property", Utc(2026, 10, 1), 7),
            bed.Crime("Robbery of personal property", Utc(2026, 10, 2), 7),
        ]);

        var rows = (await bed.RunAsync<BestWorstAnalysis, Result<IReadOnlyList<BestWorstRow>>>(a =>
            a.RunAsync("CE", OrgLevel.Borough, "robbery", Today))).Value;

        Assert.Equal([BoroughCode(6), BoroughCode(5)], rows.Where(r => r.Position == BestWorstPosition.Best).Select(r => r.Unit.Code));
        Assert.Equal([BoroughCode(7)], rows.Where(r => r.Position == BestWorstPosition.Worst).Select(r => r.Unit.Code));
    }
}
