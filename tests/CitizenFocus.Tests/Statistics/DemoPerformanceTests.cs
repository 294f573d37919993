using CitizenFocus.Audit;
using CitizenFocus.Data;
using CitizenFocus.Demo;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Statistics;
using CitizenFocus.Statistics.Performance;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;

namespace CitizenFocus.Tests.Statistics;

/// <summary>The small demo force with the product's default seed, generated once for the class.</summary>
public sealed class DefaultSeedDemoFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = Database.CreateDb();
        await new DemoGenerator(db, TestClock.Create(), new AuditLog(db, TestClock.Create(), TestAuditKey.Keyring)).GenerateAsync(DemoScale.Small, DemoGenerator.DefaultSeed);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

/// <summary>
/// Acceptance for the demo's survey data: the differences it plants are found by the pack — one
/// borough significantly below its peers, the force below its Most Similar Forces on victim
/// satisfaction (as SPI 1e), a deteriorating borough, an ethnicity gap — and the PDF pack opens,
/// has its charts and names every borough.
/// </summary>
public sealed class DemoPerformanceTests(DefaultSeedDemoFixture demo) : IClassFixture<DefaultSeedDemoFixture>
{
    private static readonly DateOnly Month = new(2026, 10, 1);

    private async Task<PerformanceEngine> EngineAsync(CitizenFocusDb db)
    {
        var queries = new PerformanceQueries(db, Options.Create(new PerformanceOptions()), new ComplianceQueries(db));
        return await queries.LoadAsync(queries.PeriodFor(Month));
    }

    [Fact]
    public async Task The_pack_finds_the_differences_the_demo_plants()
    {
        await using var db = demo.Database.CreateDb();
        var engine = await EngineAsync(db);
        var period = PackPeriod.Ending(Month, 12);
        IndicatorResult Result(OrgLevel level, string unit, string indicator) =>
            engine.Results(level, engine.Data.Indicator(indicator)!, period).Single(r => r.Unit.Code == unit);

        var barking = Result(OrgLevel.Borough, "E09000002", "pas-confidence");
        Assert.True(barking.VersusPeer!.Significant && barking.VersusPeer.Difference < 0, "Barking and Dagenham is significantly below its peers");
        Assert.Equal(Grade.Failing, barking.Grade);

        var force = Result(OrgLevel.Force, "MPS", "uss-whole-experience");
        Assert.True(force.VersusPeer!.Significant && force.VersusPeer.Difference < 0, "the force is significantly below its MSF average on satisfaction");

        // With two boroughs the peer average is half the borough itself; compared by MOVER, Barking and
        // Dagenham's victim satisfaction, some 4 points under the average, is significantly below it, as its
        // funnel plot shows, and fails.
        var barkingVictims = Result(OrgLevel.Borough, "E09000002", "uss-whole-experience");
        Assert.True(barkingVictims.VersusPeer!.Significant && barkingVictims.VersusPeer.Difference < 0, "Barking and Dagenham's victims are less satisfied than the peers'");
        Assert.Equal(Grade.Failing, barkingVictims.Grade);

        // Graded both ways: Waltham Forest is significantly above its peers but significantly down on a year
        // earlier, so better one way and worse the other: meeting, never exceeding while deteriorating.
        var walthamForest = Result(OrgLevel.Borough, "E09000031", "uss-whole-experience");
        Assert.True(walthamForest.VersusPrior!.Significant && walthamForest.VersusPrior.Difference < 0, "Waltham Forest's satisfaction is deteriorating");
        Assert.True(walthamForest.VersusPeer!.Significant && walthamForest.VersusPeer.Difference > 0, "Waltham Forest is above its peers");
        Assert.Equal(Grade.Meeting, walthamForest.Grade);

        var gaps = engine.Equality(engine.Data.Force, engine.Data.Indicator("uss-whole-experience")!, period);
        var white = gaps.Single(g => g.Characteristic == "Ethnicity" && g.Category == "White");
        Assert.True(white.Gap.Gap!.Difference > 0, "white victims are more satisfied than the rest, as SPI 3b found");

        var drivers = engine.Drivers(engine.Data.Force, engine.Data.Indicator("uss-whole-experience")!, period)!;
        Assert.Equal(LogisticFitStatus.Converged, drivers.Status);
        Assert.Equal(4, drivers.Drivers.Count);
    }

    /// <summary>
    /// Acceptance: in the CSV of a level, each row's peer_estimate is the mean of the estimates of the rows
    /// named in its peer_units (the unit itself among them), and its interval is MOVER's for
    /// d = (1 − 1/k)·p_u − (1/k)·Σ_{j≠u} p_j, recomputed here from those rows' Wilson limits.
    /// </summary>
    [Theory]
    [InlineData("borough")]
    [InlineData("ward")]
    public async Task In_the_csv_of_a_level_the_peer_estimate_is_the_mean_of_its_peer_units_and_its_interval_is_movers(string level)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cf-pack-{Guid.NewGuid():N}.csv");
        var outcome = await CliRunner.RunAsync(demo.Database, TestClock.Create(), "pack", "--level", level, "--period", "2026-10", "--format", "csv", "--out", path);
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var rows = ReadCsv(path);
        File.Delete(path);
        var byUnit = rows.ToDictionary(r => (r["indicator"], r["unit_code"]));

        var compared = rows.Where(r => r["peer_estimate"] != "").ToList();
        Assert.NotEmpty(compared);
        foreach (var row in compared)
        {
            var codes = row["peer_units"].Split(';');
            Assert.Contains(row["unit_code"], codes);
            var peers = codes.Select(c => byUnit[(row["indicator"], c)]).ToList();
            Assert.All(peers, p => Assert.Equal("false", p["insufficient_sample"]));
            var mean = peers.Average(p => D(p["estimate"]));
            Assert.Equal(mean, D(row["peer_estimate"]), 1e-6);

            // MOVER: a positive coefficient takes the term's distance below its estimate into the lower
            // limit, a negative one its distance above.
            double k = codes.Length, below = 0, above = 0;
            foreach (var p in peers)
            {
                var c = p["unit_code"] == row["unit_code"] ? 1 - 1 / k : -1 / k;
                double estimate = D(p["estimate"]), down = estimate - D(p["ci_low"]), up = D(p["ci_high"]) - estimate;
                below += Math.Pow(c * (c > 0 ? down : up), 2);
                above += Math.Pow(c * (c > 0 ? up : down), 2);
            }
            var d = D(row["estimate"]) - mean;
            var label = $"{row["indicator"]} {row["unit_code"]}";
            Assert.True(Math.Abs(d - D(row["diff_vs_peer"])) < 2e-6, label);
            Assert.True(Math.Abs(d - Math.Sqrt(below) - D(row["diff_vs_peer_low"])) < 2e-6, label);
            Assert.True(Math.Abs(d + Math.Sqrt(above) - D(row["diff_vs_peer_high"])) < 2e-6, label);
            var significant = D(row["diff_vs_peer_low"]) > 0 || D(row["diff_vs_peer_high"]) < 0;
            Assert.Equal(significant ? "true" : "false", row["diff_vs_peer_significant"]);
        }
    }

    [Fact]
    public async Task The_small_demos_one_area_has_figures_but_no_grade_and_its_pack_says_why()
    {
        var csvPath = Path.Combine(Path.GetTempPath(), $"cf-pack-{Guid.NewGuid():N}.csv");
        var htmlPath = Path.ChangeExtension(csvPath, ".html");
        var csv = await CliRunner.RunAsync(demo.Database, TestClock.Create(), "pack", "--level", "area", "--period", "2026-10", "--format", "csv", "--out", csvPath);
        var html = await CliRunner.RunAsync(demo.Database, TestClock.Create(), "pack", "--level", "area", "--unit", "NE", "--period", "2026-10",
            "--format", "html", "--out", htmlPath);
        Assert.True(csv.ExitCode == 0, csv.ToString());
        Assert.True(html.ExitCode == 0, html.ToString());

        var rows = ReadCsv(csvPath).Where(r => r["insufficient_sample"] == "false").ToList();
        var page = await File.ReadAllTextAsync(htmlPath);
        File.Delete(csvPath);
        File.Delete(htmlPath);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(("not graded", "", "", ""), (r["grade"], r["peer_estimate"], r["diff_vs_peer"], r["peer_units"])));
        Assert.Contains("Not graded: no other area has a large enough sample to compare with, and an area is not compared with itself", page);
        Assert.DoesNotContain(">Meeting<", page);
    }

    [Fact]
    public async Task The_pdf_pack_opens_has_its_charts_and_names_every_borough()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cf-pack-{Guid.NewGuid():N}.pdf");
        var outcome = await CliRunner.RunAsync(demo.Database, TestClock.Create(), "pack", "--level", "borough", "--period", "2026-10", "--format", "pdf", "--out", path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        using var document = PdfDocument.Open(path);
        var pages = document.GetPages().ToList();
        var text = string.Concat(pages.Select(p => p.Text)).Replace(" ", "");
        await using var db = demo.Database.CreateDb();
        foreach (var borough in db.Boroughs.Select(b => b.Name).ToList())
            Assert.Contains(borough.Replace(" ", ""), text);
        Assert.True(pages.Sum(p => p.GetImages().Count()) >= 4, "league tables and funnel plots for both headlines");
        Assert.Contains("Funnelplot", text);
        Assert.Contains("Designeffectsused:publicattitudesurvey1.5,usersatisfactionsurvey1.0", text);
        File.Delete(path);
    }

    [Fact]
    public async Task The_html_pack_for_a_borough_has_a_data_table_after_every_chart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cf-pack-{Guid.NewGuid():N}.html");
        var outcome = await CliRunner.RunAsync(demo.Database, TestClock.Create(), "pack", "--level", "borough", "--unit", "E09000002", "--period", "2026-10",
            "--format", "html", "--out", path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var html = await File.ReadAllTextAsync(path);
        var charts = System.Text.RegularExpressions.Regex.Matches(html, "</svg></figure><table>");
        Assert.True(charts.Count >= 6, $"trend, league, funnel, drivers and equality charts for two headlines; found {charts.Count}");
        Assert.Equal(System.Text.RegularExpressions.Regex.Matches(html, "<figure>").Count, charts.Count);
        Assert.Contains("Performance pack: Barking and Dagenham", html);
        Assert.Contains("Design effects used: public attitude survey 1.5, user satisfaction survey 1.0", html);
        File.Delete(path);
    }

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(path) { TextFieldType = Microsoft.VisualBasic.FileIO.FieldType.Delimited };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (parser.ReadFields() is { } fields)
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        return rows;
    }

    private static double D(string s) => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
