using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics;
using CitizenFocus.Tests.Infrastructure;
using static CitizenFocus.Tests.CrimeAnalysis.Analyses.CrimeTestBed;

namespace CitizenFocus.Tests.CrimeAnalysis.Analyses;

public sealed class YearToDateAnalysisTests
{
    private static readonly TimeZoneInfo London = UkTime.Zone;

    private static readonly string[] Types =
    [
        "Robbery of personal property", "Residential burglary", "Theft of motor vehicle", "Grievous bodily harm",
        "Assault with injury", "Shoplifting", "Other theft", "Homicide",
    ];

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Counts_per_unit_and_group_equal_an_independent_count_of_the_inserted_crimes(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        var random = new Random(42);
        var crimes = new List<Crime>();
        for (var i = 0; i < 1_500; i++)
        {
            var borough = random.Next(1, 8);
            crimes.Add(bed.Crime(Types[random.Next(Types.Length)], Utc(2024, 12, 1).AddMinutes(random.Next(0, 2 * 365 * 24 * 60)),
                borough, ward: borough == 1 ? random.Next(1, 3) : null,
                weapon: random.Next(10) == 0 ? Weapon.Knife : Weapon.None, juvenile: random.Next(8) == 0));
        }
        // On the edges, in London time: 00:30 BST on 1 April counts, 23:30 BST on 31 March does not; 23:59 GMT on
        // the as-of day counts, and so do the same edges a year earlier.
        crimes.Add(bed.Crime("Residential burglary", Utc(2026, 3, 31, 23, 30)));
        crimes.Add(bed.Crime("Residential burglary", Utc(2026, 3, 31, 22, 30)));
        crimes.Add(bed.Crime("Residential burglary", Utc(2026, 11, 25, 23, 59)));
        crimes.Add(bed.Crime("Residential burglary", Utc(2025, 3, 31, 23, 0)));
        crimes.Add(bed.Crime("Residential burglary", Utc(2025, 11, 26, 0, 0)));
        await bed.AddAsync(crimes);

        var groups = CrimeGroupMap.Default.Groups;
        foreach (var level in new[] { OrgLevel.Force, OrgLevel.Area, OrgLevel.Borough, OrgLevel.Ward })
        {
            var rows = (await bed.RunAsync<YearToDateAnalysis, Result<IReadOnlyList<YearToDateRow>>>(a => a.RunAsync(level, asOf: Today))).Value;

            Assert.Equal(UnitsAt(level).Count * groups.Count, rows.Count);
            foreach (var row in rows)
            {
                var group = groups.Single(g => g.Code == row.GroupCode);
                bool InUnit(Crime c) => level switch
                {
                    OrgLevel.Force => true,
                    OrgLevel.Area => (row.UnitCode == "NE") == (c.BoroughId <= 4),
                    OrgLevel.Borough => BoroughCode(c.BoroughId) == row.UnitCode,
                    _ => WardCode(c.WardId!.Value) == row.UnitCode,
                };
                int Count(DateOnly from, DateOnly to) => crimes.Count(c => InUnit(c) && (c.Groups & group.Mask) != 0
                    && LondonDate(c.CommittedAt) >= from && LondonDate(c.CommittedAt) <= to);

                Assert.Equal(Count(new DateOnly(2026, 4, 1), Today), row.Comparison.Count);
                Assert.Equal(Count(new DateOnly(2025, 4, 1), new DateOnly(2025, 11, 25)), row.Comparison.PreviousCount);
                Assert.Equal(row.Comparison.Count - row.Comparison.PreviousCount, row.Comparison.Change);
            }
            Assert.Contains(rows, r => r.Comparison.Count > 0);
        }
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Thirty_robberies_against_fifteen_is_a_significant_doubling(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        var crimes = Enumerable.Range(0, 30).Select(i => bed.Crime("Robbery of personal property", Utc(2026, 5, 1).AddDays(i * 6)))
            .Concat(Enumerable.Range(0, 15).Select(i => bed.Crime("Robbery of personal property", Utc(2025, 5, 1).AddDays(i * 12))))
            .ToList();
        await bed.AddAsync(crimes);

        var rows = (await bed.RunAsync<YearToDateAnalysis, Result<IReadOnlyList<YearToDateRow>>>(a =>
            a.RunAsync(OrgLevel.Borough, OrganisationSeed.BoroughCode, "robbery"))).Value;

        var row = Assert.Single(rows);
        Assert.Equal((new DateOnly(2026, 4, 1), Today), (row.Period.From, row.Period.To));
        Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2025, 11, 25)), (row.PreviousPeriod.From, row.PreviousPeriod.To));
        Assert.Equal((30, 15, 15), (row.Comparison.Count, row.Comparison.PreviousCount, row.Comparison.Change));
        Assert.Equal(100, row.Comparison.PercentChange!.Value, 10);
        // R: poisson.test(c(30, 15)) is binom.test(30, 45, 0.5), p-value = 0.0357 (2 × P(X ≥ 30) = 39250150095 / 2^40
        // = 0.03569780 exactly).
        Assert.Equal(CountChange.BinomialTestPValue(30, 45, 0.5), row.Comparison.PValue, 12);
        Assert.Equal(0.0356978, row.Comparison.PValue, 7);
        Assert.True(row.Comparison.Significant);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_knife_robbery_counts_in_both_robbery_and_knife_crime(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        await bed.AddAsync([bed.Crime("Robbery of personal property", Utc(2026, 6, 1), weapon: Weapon.Knife)]);

        var rows = (await bed.RunAsync<YearToDateAnalysis, Result<IReadOnlyList<YearToDateRow>>>(a =>
            a.RunAsync(OrgLevel.Force))).Value;

        var counted = rows.Where(r => r.Comparison.Count > 0).Select(r => r.GroupCode).Order().ToList();
        Assert.Equal(["knife-crime", "robbery"], counted);
        Assert.All(rows.Where(r => r.Comparison.Count > 0), r => Assert.Null(r.Comparison.PercentChange));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite)]
    public async Task An_unknown_unit_or_group_is_not_found_and_a_level_above_the_unit_is_invalid(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);

        var unit = await bed.RunAsync<YearToDateAnalysis, Result<IReadOnlyList<YearToDateRow>>>(a => a.RunAsync(OrgLevel.Borough, "E09999999"));
        var group = await bed.RunAsync<YearToDateAnalysis, Result<IReadOnlyList<YearToDateRow>>>(a => a.RunAsync(OrgLevel.Borough, groupCode: "piracy"));
        var level = await bed.RunAsync<YearToDateAnalysis, Result<IReadOnlyList<YearToDateRow>>>(a => a.RunAsync(OrgLevel.Area, OrganisationSeed.BoroughCode));

        Assert.Equal(FailureKind.NotFound, unit.Kind);
        Assert.Equal(FailureKind.NotFound, group.Kind);
        Assert.Contains("robbery", group.Errors[0].Message);
        Assert.Equal(FailureKind.Validation, level.Kind);
    }

    [Fact]
    public void The_financial_year_starts_on_1_April()
    {
        Assert.Equal(new DateOnly(2026, 4, 1), AnalysisPeriod.FinancialYearStart(new DateOnly(2026, 4, 1)));
        Assert.Equal(new DateOnly(2025, 4, 1), AnalysisPeriod.FinancialYearStart(new DateOnly(2026, 3, 31)));
        Assert.Equal(new AnalysisPeriod(new DateOnly(2023, 4, 1), new DateOnly(2023, 2, 28)).From,
            new AnalysisPeriod(new DateOnly(2024, 4, 1), new DateOnly(2024, 2, 29)).YearEarlier().From);
        Assert.Equal(new DateOnly(2023, 2, 28), new AnalysisPeriod(new DateOnly(2023, 4, 1), new DateOnly(2024, 2, 29)).YearEarlier().To);
        // London midnight in summer is 23:00 UTC the day before.
        Assert.Equal(Utc(2026, 3, 31, 23), AnalysisPeriod.FinancialYearToDate(Today).FromUtc);
        Assert.Equal(Utc(2026, 11, 26, 0), AnalysisPeriod.FinancialYearToDate(Today).ToUtc);
    }

    private static IReadOnlyList<int> UnitsAt(OrgLevel level) => level switch
    {
        OrgLevel.Force => [1],
        OrgLevel.Area => [1, 2],
        OrgLevel.Borough => [1, 2, 3, 4, 5, 6, 7],
        _ => [1, 2, 3, 4, 5, 6, 7, 8],
    };

    private static DateOnly LondonDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, London));
}
