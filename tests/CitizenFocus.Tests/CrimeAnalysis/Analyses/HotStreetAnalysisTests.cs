using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Data;
using CitizenFocus.Tests.Infrastructure;
using static CitizenFocus.Tests.CrimeAnalysis.Analyses.CrimeTestBed;

namespace CitizenFocus.Tests.CrimeAnalysis.Analyses;

public sealed class HotStreetAnalysisTests
{
    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Streets_are_ranked_within_each_ward_and_the_planted_cluster_is_the_hottest_cell(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        var random = new Random(7);
        var crimes = new List<Crime>();
        void Add(int count, int ward, string street, Func<(double Lat, double Lon)> at)
        {
            for (var i = 0; i < count; i++)
            {
                var (lat, lon) = at();
                crimes.Add(bed.Crime("Other theft", Utc(2026, 6, 1).AddHours(i * 7), ward: ward, street: street, latitude: lat, longitude: lon));
            }
        }
        // Background across both wards of borough 1 ((0, 51) to (0.2, 51.1)); a cluster of 40 within about 30 m
        // of (51.05, 0.05) on Elm Road in the west ward.
        (double, double) Anywhere(double lon0) => (51 + 0.1 * random.NextDouble(), lon0 + 0.1 * random.NextDouble());
        Add(5, 1, "Oak Road", () => Anywhere(0));
        Add(1, 1, "Ash Lane", () => Anywhere(0));
        Add(150, 1, "Other Street", () => Anywhere(0));
        Add(8, 2, "High Street", () => Anywhere(0.1));
        Add(3, 2, "Mill Lane", () => Anywhere(0.1));
        Add(150, 2, "Far Street", () => Anywhere(0.1));
        Add(40, 1, "Elm Road", () => (51.05 + 0.0003 * (random.NextDouble() - 0.5), 0.05 + 0.0004 * (random.NextDouble() - 0.5)));
        // Outside the period (before 26 November 2025) and outside the borough: not counted.
        crimes.Add(bed.Crime("Other theft", Utc(2025, 11, 1), ward: 2, street: "Mill Lane", latitude: 51.05, longitude: 0.15));
        crimes.Add(bed.Crime("Other theft", Utc(2026, 6, 1), borough: 2, street: "Elm Road", latitude: 51.05, longitude: 0.05));
        await bed.AddAsync(crimes);

        var report = (await bed.RunAsync<HotStreetAnalysis, Result<HotStreetReport>>(a =>
            a.RunAsync(OrganisationSeed.BoroughCode, asOf: Today, topPerWard: 3))).Value;

        Assert.Equal(357, report.MappedCrimes);
        Assert.Equal(
            [(OrganisationSeed.WestWardCode, 1, "Other Street", 150), (OrganisationSeed.WestWardCode, 2, "Elm Road", 40), (OrganisationSeed.WestWardCode, 3, "Oak Road", 5),
             (OrganisationSeed.EastWardCode, 1, "Far Street", 150), (OrganisationSeed.EastWardCode, 2, "High Street", 8), (OrganisationSeed.EastWardCode, 3, "Mill Lane", 3)],
            report.Streets.Select(s => (s.WardCode, s.Rank, s.Street, s.Crimes)));
        Assert.Equal(40.0 / 196, report.Streets[1].ShareOfWard, 12);

        // The cell holding most of the cluster is a hot spot at 99.9%; the highest z is on it or a neighbour
        // (Gi* sums each cell with its eight neighbours, all of which see the cluster).
        var cluster = report.HotSpots.MaxBy(c => c.Crimes)!;
        Assert.True(Metres(cluster.Latitude, cluster.Longitude, 51.05, 0.05) < 200, $"busiest hot cell at {cluster.Latitude}, {cluster.Longitude}");
        Assert.True(cluster.Crimes >= 10 && cluster.Z > 10 && cluster.PValue < 0.001 && cluster.Confidence == 99.9);
        var hottest = report.HotSpots[0];
        Assert.True(Math.Abs(hottest.Column - cluster.Column) <= 1 && Math.Abs(hottest.Row - cluster.Row) <= 1);
        Assert.All(report.HotSpots, c => Assert.True(c.Z > 0 && c.PValue < 0.05));
        var densest = report.Density.MaxBy(c => c.Density)!;
        Assert.True(Metres(densest.Latitude, densest.Longitude, 51.05, 0.05) < 200);
    }

    [Fact]
    public void The_local_projection_keeps_distances_to_within_a_fraction_of_a_percent_over_a_borough()
    {
        var projection = new LocalProjection(51.5, -0.1);
        var (x, y) = projection.ToMetres(51.55, -0.03);
        // About 7.4 km apart: the projected distance is within 0.1% of the great-circle (haversine) distance.
        var distance = Metres(51.5, -0.1, 51.55, -0.03);
        Assert.Equal(distance, Math.Sqrt(x * x + y * y), distance * 0.001);
        var (lat, lon) = projection.ToDegrees(x, y);
        Assert.Equal((51.55, -0.03), (Math.Round(lat, 12), Math.Round(lon, 12)));
    }

    private static double Metres(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Rad(lat2 - lat1) / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2);
        return 2 * LocalProjection.EarthRadius * Math.Asin(Math.Sqrt(a));
    }
}
