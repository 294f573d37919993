using System.Globalization;
using CitizenFocus.Data;
using CitizenFocus.Statistics.Performance;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Tests.Statistics;

/// <summary>
/// Acceptance: `citizenfocus pack … --format csv` on imported survey files gives, for every borough,
/// estimates and intervals that a hand calculation reproduces; a ward with too small a sample shows no number.
/// </summary>
public sealed class PackCsvTests
{
    private const double Z95 = 1.959963984540054;
    private readonly FakeTimeProvider time = TestClock.Create();

    private static readonly string[] Header =
    [
        "level", "unit_code", "unit_name", "indicator", "period_start", "period_end", "n", "n_eff", "estimate", "ci_low", "ci_high",
        "peer_estimate", "diff_vs_peer", "diff_vs_peer_low", "diff_vs_peer_high", "diff_vs_peer_significant", "prior_estimate",
        "diff_vs_prior", "diff_vs_prior_significant", "grade",
    ];

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Borough_estimates_and_intervals_match_a_hand_calculation_a_small_ward_shows_no_number_and_a_lone_area_is_not_graded(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using (var db = database.CreateDb()) await SurveyFixture.AddOrganisationAsync(db);
        var rows = SurveyFixture.Pas(OrganisationSeed.BoroughCode, OrganisationSeed.WestWardCode, 300, 0.30, 11, "BD")
            .Concat(SurveyFixture.Pas(OrganisationSeed.BoroughCode, OrganisationSeed.EastWardCode, 30, 0.30, 12, "BDE"))
            .Concat(SurveyFixture.Pas(SurveyFixture.Bexley, SurveyFixture.BexleyWard, 260, 0.62, 13, "BX"))
            .Concat(SurveyFixture.Pas(SurveyFixture.Havering, SurveyFixture.HaveringWard, 240, 0.55, 14, "HV"))
            .ToList();
        var import = await CliRunner.RunAsync(database, time, "import", "survey", SurveyFixture.WriteTemp(SurveyFixture.Csv(rows)));
        Assert.True(import.ExitCode == 0, import.ToString());

        var boroughPack = SurveyFixture.WriteTemp("", ".csv");
        var pack = await CliRunner.RunAsync(database, time, "pack", "--level", "borough", "--period", "2026-10", "--format", "csv", "--out", boroughPack);
        Assert.True(pack.ExitCode == 0, pack.ToString());

        var lines = File.ReadAllLines(boroughPack);
        Assert.Equal(Header, lines[0].Split(',')[..Header.Length]);
        var confidence = lines.Skip(1).Select(l => l.Split(',')).Where(f => f[3] == "pas-confidence").ToDictionary(f => f[1]);
        Assert.Equal(3, confidence.Count);

        var hand = new Dictionary<string, (double P, double NEff, int N)>();
        foreach (var borough in new[] { OrganisationSeed.BoroughCode, SurveyFixture.Bexley, SurveyFixture.Havering })
        {
            // By hand: "Don't know" leaves the base; weighted share agreeing; Kish n_eff divided by the public
            // survey's design effect (1.5 by default); Wilson's score interval on that n_eff.
            var counted = rows.Where(r => r.Borough == borough && r.Answer != "Don't know").ToList();
            double sw = counted.Sum(r => r.Weight), sw2 = counted.Sum(r => r.Weight * r.Weight);
            var p = counted.Where(r => r.Answer is "Strongly agree" or "Tend to agree").Sum(r => r.Weight) / sw;
            var nEff = sw * sw / sw2 / PasDesignEffect;
            var centre = (p + Z95 * Z95 / (2 * nEff)) / (1 + Z95 * Z95 / nEff);
            var half = Z95 * Math.Sqrt(p * (1 - p) / nEff + Z95 * Z95 / (4 * nEff * nEff)) / (1 + Z95 * Z95 / nEff);
            hand[borough] = (p, nEff, counted.Count);

            var f = confidence[borough];
            Assert.Equal("borough", f[0]);
            Assert.Equal("2025-11-01", f[4]);
            Assert.Equal("2026-10-31", f[5]);
            Assert.Equal(counted.Count, int.Parse(f[6], CultureInfo.InvariantCulture));
            Assert.Equal(nEff, D(f[7]), 2);
            Assert.Equal(p, D(f[8]), 6);
            Assert.Equal(centre - half, D(f[9]), 6);
            Assert.Equal(centre + half, D(f[10]), 6);
            Assert.Equal("", f[16]); // no interviews a year earlier: no prior figure
            Assert.Equal(PasDesignEffect, D(f[23]));
        }

        // The peer average is the unweighted mean of the three boroughs, including the borough itself.
        var mean = hand.Values.Average(h => h.P);
        var bd = confidence[OrganisationSeed.BoroughCode];
        Assert.Equal(mean, D(bd[11]), 6);
        Assert.Equal(hand[OrganisationSeed.BoroughCode].P - mean, D(bd[12]), 6);
        Assert.Equal("true", bd[15]);
        Assert.Equal("failing", bd[19]);                 // about 30% against a peer mean near 49%
        Assert.Equal("exceeding", confidence[SurveyFixture.Bexley][19]);
        Assert.Equal($"{OrganisationSeed.BoroughCode};{SurveyFixture.Bexley};{SurveyFixture.Havering}", bd[22]);

        // The one area of the force has no other area to be compared with: a figure, but no grade.
        var areaPack = SurveyFixture.WriteTemp("", ".csv");
        var areas = await CliRunner.RunAsync(database, time, "pack", "--level", "area", "--period", "2026-10", "--format", "csv", "--out", areaPack);
        Assert.True(areas.ExitCode == 0, areas.ToString());
        var area = File.ReadAllLines(areaPack).Select(l => l.Split(',')).Single(f => f[3] == "pas-confidence");
        Assert.NotEqual("", area[8]);
        Assert.All(area[11..16], cell => Assert.Equal("", cell));
        Assert.Equal("not graded", area[19]);
        Assert.Equal("", area[22]);

        // Ward level: Alibon has 30 respondents, so no number, and says why.
        var wardPack = SurveyFixture.WriteTemp("", ".csv");
        var wards = await CliRunner.RunAsync(database, time, "pack", "--level", "ward", "--period", "2026-10", "--format", "csv", "--out", wardPack);
        Assert.True(wards.ExitCode == 0, wards.ToString());
        var alibon = File.ReadAllLines(wardPack).Select(l => l.Split(',')).Single(f => f[1] == OrganisationSeed.EastWardCode && f[3] == "pas-confidence");
        Assert.True(D(alibon[7]) < 50);
        Assert.All(alibon[8..20], cell => Assert.Equal("", cell));
        Assert.Equal("true", alibon[20]);
        var abbey = File.ReadAllLines(wardPack).Select(l => l.Split(',')).Single(f => f[1] == OrganisationSeed.WestWardCode && f[3] == "pas-confidence");
        Assert.NotEqual("", abbey[8]);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task The_force_is_not_graded_without_peer_force_figures_and_is_compared_with_their_mean_including_itself_once_they_come(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using (var db = database.CreateDb()) await SurveyFixture.AddOrganisationAsync(db);
        var rows = SurveyFixture.Pas(OrganisationSeed.BoroughCode, "", 400, 0.40, 21, "A").ToList();
        await CliRunner.RunAsync(database, time, "import", "survey", SurveyFixture.WriteTemp(SurveyFixture.Csv(rows)));

        // No peer-force figure yet: the force is not compared with itself, so it has no grade.
        var alone = SurveyFixture.WriteTemp("", ".csv");
        Assert.Equal(0, (await CliRunner.RunAsync(database, time, "pack", "--level", "force", "--period", "2026-10", "--out", alone)).ExitCode);
        var ungraded = File.ReadAllLines(alone).Select(l => l.Split(',')).Single(f => f[3] == "pas-confidence");
        Assert.Equal(("", "", "not graded", ""), (ungraded[11], ungraded[12], ungraded[19], ungraded[22]));

        await CliRunner.RunAsync(database, time, "import", "indicators", SurveyFixture.WriteTemp(
            "indicator,unit_type,unit_code,period_start,period_end,n,estimate\npas-confidence,force,WYP,2025-11-01,2026-10-31,4000,0.6\n"));

        var path = SurveyFixture.WriteTemp("", ".csv");
        var pack = await CliRunner.RunAsync(database, time, "pack", "--level", "force", "--period", "2026-10", "--out", path);

        Assert.True(pack.ExitCode == 0, pack.ToString());
        var force = File.ReadAllLines(path).Select(l => l.Split(',')).Single(f => f[3] == "pas-confidence");
        Assert.Equal(("force", "MPS"), (force[0], force[1]));
        Assert.Equal((D(force[8]) + 0.6) / 2, D(force[11]), 6);
        Assert.Equal("failing", force[19]);
        Assert.Equal("MPS;WYP", force[22]);

        // MOVER for (p_MPS − p_WYP) / 2 from the force's own interval and WYP's Wilson interval on its
        // published interviews divided by the public survey's design effect.
        var wyp = Wilson(0.6, 4000 / PasDesignEffect);
        double mps = D(force[8]), low = D(force[9]), high = D(force[10]);
        Assert.Equal((mps - 0.6) / 2 - Math.Sqrt(Math.Pow((mps - low) / 2, 2) + Math.Pow((wyp.High - 0.6) / 2, 2)), D(force[13]), 5);
        Assert.Equal((mps - 0.6) / 2 + Math.Sqrt(Math.Pow((high - mps) / 2, 2) + Math.Pow((0.6 - wyp.Low) / 2, 2)), D(force[14]), 5);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_published_public_survey_figure_of_81_percent_from_1000_interviews_reads_778_to_838(DatabaseProvider provider)
    {
        // Seed 002, Appendix 3: 81% from about 1,000 interviews, "plus or minus 3". The public survey's default
        // design effect of 1.5 applies to published figures as to respondent data: n_eff = 1000 / 1.5.
        await using var database = await Databases.CreateAsync(provider);
        await using (var db = database.CreateDb()) await SurveyFixture.AddOrganisationAsync(db);
        var import = await CliRunner.RunAsync(database, time, "import", "indicators", SurveyFixture.WriteTemp(
            $"indicator,unit_type,unit_code,period_start,period_end,n,estimate\npas-confidence,borough,{SurveyFixture.Bexley},2025-11-01,2026-10-31,1000,0.81\n"));
        Assert.True(import.ExitCode == 0, import.ToString());

        var path = SurveyFixture.WriteTemp("", ".csv");
        var pack = await CliRunner.RunAsync(database, time, "pack", "--level", "borough", "--period", "2026-10", "--out", path);

        Assert.True(pack.ExitCode == 0, pack.ToString());
        var bexley = File.ReadAllLines(path).Select(l => l.Split(',')).Single(f => f[1] == SurveyFixture.Bexley && f[3] == "pas-confidence");
        Assert.Equal(("1000", "666.67", "0.81", "published", "1.5"), (bexley[6], bexley[7], bexley[8], bexley[21], bexley[23]));
        Assert.Equal(0.778, Math.Round(D(bexley[9]), 3));
        Assert.Equal(0.838, Math.Round(D(bexley[10]), 3));
    }

    private static readonly double PasDesignEffect = new PerformanceOptions().PasDesignEffect;

    private static (double Low, double High) Wilson(double p, double n)
    {
        var centre = (p + Z95 * Z95 / (2 * n)) / (1 + Z95 * Z95 / n);
        var half = Z95 * Math.Sqrt(p * (1 - p) / n + Z95 * Z95 / (4 * n * n)) / (1 + Z95 * Z95 / n);
        return (centre - half, centre + half);
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
