using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Demo;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics;
using CitizenFocus.Tests.Demo;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Tests.CrimeAnalysis.Analyses;

/// <summary>Each analysis, run on the small demo force, finds the pattern the demo planted for it.</summary>
[Collection(SmallDemoCollection.Name)]
public sealed class DemoCrimeAnalysisTests(SmallDemoFixture demo)
{
    private static readonly DateOnly Today = CrimeTestBed.Today;
    private const string RobberyRise = DemoCrimes.RobberyRiseBoroughCode;
    private const string BurglarySpike = DemoCrimes.BurglarySpikeBoroughCode;

    [Fact]
    public async Task Every_demo_crime_carries_its_groups_flags_and_a_normalised_location_key()
    {
        await using var db = demo.ByGenerator.CreateDb();
        var crimes = await db.Crimes.AsNoTracking().ToListAsync();
        var residents = await db.Wards.SumAsync(w => w.Population);

        Assert.Equal(demo.Summary.Crimes, crimes.Count);
        // The volume per resident is unchanged by the planted patterns: 0.10 to 0.14 crimes a year (about 0.9
        // million a year at Met scale).
        Assert.InRange(crimes.Count / 2.0 / residents, 0.10, 0.14);
        Assert.All(crimes, c => Assert.Equal(CrimeGroupMap.Default.Classify(c), c.Groups));
        Assert.All(crimes, c => Assert.Equal(CrimeLocation.Key(c.LocationKey), c.LocationKey));
        Assert.All(crimes, c => Assert.NotNull(c.LocationKey));
        Assert.All(crimes.Where(c => c.CrimeType is "Shoplifting" or "Business burglary" or "Robbery of business property"), c => Assert.True(c.Business));
        var violence = crimes.Where(c => c.CrimeType is "Robbery of personal property" or "Assault with injury" or "Grievous bodily harm").ToList();
        Assert.InRange(violence.Count(c => c.Weapon == Weapon.Knife) / (double)violence.Count, 0.05, 0.2);
        Assert.Contains(crimes, c => c.Weapon == Weapon.Gun);
        Assert.Contains(crimes, c => c.HateCrime);
        Assert.Contains(crimes, c => c.JuvenileVictim && (c.Groups & 1 << 4) != 0); // youth violence
    }

    [Fact]
    public async Task Year_to_date_finds_the_robbery_rise_and_the_burglary_spike()
    {
        var rows = await RunAsync<YearToDateAnalysis, Result<IReadOnlyList<YearToDateRow>>>(a => a.RunAsync(OrgLevel.Borough, asOf: Today));

        var robbery = rows.Value.Single(r => r.UnitCode == RobberyRise && r.GroupCode == "robbery").Comparison;
        Assert.True(robbery.Significant && robbery.PercentChange > 50, $"robbery {robbery}");
        var burglary = rows.Value.Single(r => r.UnitCode == BurglarySpike && r.GroupCode == "residential-burglary").Comparison;
        Assert.True(burglary.Significant && burglary.PercentChange > 10, $"burglary {burglary}");
    }

    [Fact]
    public async Task The_borough_with_the_burglary_spike_is_worst_over_the_last_12_weeks()
    {
        var rows = await RunAsync<BestWorstAnalysis, Result<IReadOnlyList<BestWorstRow>>>(a => a.RunAsync(groupCode: "residential-burglary", asOf: Today));

        var worst = Assert.Single(rows.Value, r => r.Position == BestWorstPosition.Worst);
        Assert.Equal(BurglarySpike, worst.Unit.Code);
        Assert.True(worst.Comparison.Significant && worst.Comparison.PercentChange > 50, $"{worst.Comparison}");
    }

    [Fact]
    public async Task The_trend_flags_the_spike_months_above_the_limits()
    {
        // 23 months: the demo's first month (November 2024) holds only its last days.
        var report = await RunAsync<TrendAnalysis, Result<TrendReport>>(a => a.RunAsync(BurglarySpike, "residential-burglary", Today, months: 23));

        var above = report.Value.Months.Where(m => m.Signal == TrendSignal.Above).Select(m => m.Month).ToList();
        Assert.Contains(new DateOnly(2026, 9, 1), above);
        Assert.Contains(new DateOnly(2026, 10, 1), above);
        Assert.Equal(new DateOnly(2026, 10, 1), report.Value.Months[^1].Month);
    }

    [Fact]
    public async Task Repeat_victims_come_vulnerable_first_with_the_planted_hate_crime_and_juvenile_series()
    {
        var report = (await RunAsync<RepeatVictimAnalysis, Result<RepeatVictimReport>>(a => a.RunAsync(BurglarySpike, Today))).Value;

        var victims = report.Victims;
        var vulnerable = victims.TakeWhile(v => v.Vulnerable).Count();
        Assert.InRange(vulnerable, 5, victims.Count - 1);
        Assert.DoesNotContain(victims.Skip(vulnerable), v => v.Vulnerable);
        Assert.Contains(victims.Take(vulnerable), v => v.VictimRef.StartsWith("RV", StringComparison.Ordinal) && v.HateCrimes == v.Crimes && v.Crimes >= 3);
        Assert.Contains(victims.Take(vulnerable), v => v.VictimRef.StartsWith("RV", StringComparison.Ordinal) && v.JuvenileVictimCrimes == v.Crimes && v.Crimes >= 3);
        Assert.All(victims, v => Assert.True(v.Crimes >= 2 && v.Crimes <= 40));
        // Homes of repeat victims and shops are repeat locations.
        Assert.Contains(report.Locations, l => l.Crimes >= 3);
        Assert.True(report.Locations.Count >= 100);
    }

    [Fact]
    public async Task The_most_prolific_cross_type_offenders_are_the_planted_ones()
    {
        var offenders = (await RunAsync<CrossTypeOffenderAnalysis, Result<CrossTypeOffenderReport>>(a => a.RunAsync(asOf: Today))).Value.Offenders;

        Assert.All(offenders.Take(10), o => Assert.StartsWith("P", o.OffenderRef, StringComparison.Ordinal));
        Assert.All(offenders.Take(10), o => Assert.True(o.Groups >= 3 && o.Crimes >= 3));
        Assert.Contains(offenders, o => !o.OffenderRef.StartsWith('P') && o.Groups == 2);
    }

    [Fact]
    public async Task Planted_hot_streets_top_their_wards_and_the_hottest_cell_of_each_borough_is_on_one()
    {
        var now = TestClock.Start.UtcDateTime;
        var planted = new DemoCrimes(DemoOrganisation.Build(DemoScale.Small, SmallDemoFixture.Seed, now), SmallDemoFixture.Seed, now).HotStreets;
        Assert.Equal(6, planted.Count);

        foreach (var borough in new[] { BurglarySpike, RobberyRise })
        {
            var report = (await RunAsync<HotStreetAnalysis, Result<HotStreetReport>>(a => a.RunAsync(borough, asOf: Today))).Value;
            var wardCodes = report.Streets.Select(s => s.WardCode).ToHashSet();
            var inBorough = planted.Where(p => wardCodes.Contains(p.WardCode)).ToList();

            Assert.Equal(3, inBorough.Count);
            foreach (var hot in inBorough)
                Assert.Contains(report.Streets, s => s.WardCode == hot.WardCode && s.Rank == 1 && s.Street == hot.Street);
            var hottest = report.HotSpots[0];
            var nearest = inBorough.Min(p => Distance(report.Projection, p.Latitude, p.Longitude, hottest.X, hottest.Y));
            Assert.True(nearest < 450, $"{borough}: the hottest cell is {nearest:0} m from the nearest planted hot street");
            var densest = report.Density.MaxBy(c => c.Density)!;
            Assert.True(inBorough.Min(p => Distance(report.Projection, p.Latitude, p.Longitude, densest.X, densest.Y)) < 450);
        }
    }

    [Fact]
    public async Task Robbery_in_the_rising_borough_peaks_after_school_on_weekdays()
    {
        var report = (await RunAsync<TemporalAnalysis, Result<TemporalReport>>(a => a.RunAsync(RobberyRise, "robbery", Today))).Value;

        Assert.InRange(report.PeakHour!.Value, 15, 17);
        Assert.InRange((int)report.PeakDay!.Value, (int)DayOfWeek.Monday, (int)DayOfWeek.Friday);
        var afterSchool = Enumerable.Range(15, 3).Sum(h => Enumerable.Range(0, 5).Sum(d => report.Counts[h, d]));
        Assert.True(afterSchool > report.Total / 3, $"{afterSchool} of {report.Total} robberies on weekdays 15:00–18:00");
    }

    private static double Distance(LocalProjection projection, double latitude, double longitude, double x, double y)
    {
        var (px, py) = projection.ToMetres(latitude, longitude);
        return Math.Sqrt((px - x) * (px - x) + (py - y) * (py - y));
    }

    private async Task<TResult> RunAsync<TAnalysis, TResult>(Func<TAnalysis, Task<TResult>> run) where TAnalysis : notnull
    {
        await using var services = TestServices.Create(demo.ByGenerator, TestClock.Create());
        await using var scope = services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TAnalysis>());
    }
}
