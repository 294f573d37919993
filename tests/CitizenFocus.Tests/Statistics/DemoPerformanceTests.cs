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
        await new DemoGenerator(db, TestClock.Create()).GenerateAsync(DemoScale.Small, DemoGenerator.DefaultSeed);
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

        var walthamForest = Result(OrgLevel.Borough, "E09000031", "uss-whole-experience");
        Assert.True(walthamForest.VersusPrior!.Significant && walthamForest.VersusPrior.Difference < 0, "Waltham Forest's satisfaction is deteriorating");
        Assert.NotEqual(Grade.Exceeding, walthamForest.Grade);

        var gaps = engine.Equality(engine.Data.Force, engine.Data.Indicator("uss-whole-experience")!, period);
        var white = gaps.Single(g => g.Characteristic == "Ethnicity" && g.Category == "White");
        Assert.True(white.Gap.Gap!.Difference > 0, "white victims are more satisfied than the rest, as SPI 3b found");

        var drivers = engine.Drivers(engine.Data.Force, engine.Data.Indicator("uss-whole-experience")!, period)!;
        Assert.Equal(LogisticFitStatus.Converged, drivers.Status);
        Assert.Equal(4, drivers.Drivers.Count);
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
        File.Delete(path);
    }
}
