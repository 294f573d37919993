using CitizenFocus.Demo;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CitizenFocus.Web.Tests.CrimeAnalysis;

/// <summary>Acceptance: a borough commander works through the crime analyses in a browser, without errors a screen reader would meet.</summary>
public sealed class CrimeAnalysisBrowserTests(BrowserAppFixture app, Browser browser) : IClassFixture<BrowserAppFixture>, IClassFixture<Browser>
{
    private static readonly PageGotoOptions Load = new() { WaitUntil = WaitUntilState.Load };

    [SkippableFact]
    public async Task Borough_commander_opens_year_to_date_hot_streets_and_the_hour_by_weekday_table_and_runs_a_near_repeat_test()
    {
        Skip.If(Browser.Unavailable is not null, Browser.Unavailable);
        var baseUrl = app.App.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        await using var context = await browser.Instance.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/Account/SignIn", Load);
        await page.GetByLabel("Email address").FillAsync("commander.barking-and-dagenham@demo.citizenfocus.example");
        await page.GetByLabel("Password").FillAsync(DemoGenerator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Crime analysis", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Year to date", Exact = true }).ClickAsync();
        Assert.Equal("Year to date: Barking and Dagenham", await page.Locator("h1").InnerTextAsync());
        await AssertEveryChartHasADataTableAsync(page);
        Assert.True(await page.Locator("#ytd-table tbody tr").CountAsync() >= 1);
        await Browser.AssertAccessibleAsync(page);

        await page.GotoAsync(baseUrl + "/Crime/HotStreets", Load);
        Assert.Equal("Hot streets and hot spots: Barking and Dagenham", await page.Locator("h1").InnerTextAsync());
        await AssertEveryChartHasADataTableAsync(page);
        Assert.True(await page.Locator("#streets-table tbody tr").CountAsync() >= 1);
        await Browser.AssertAccessibleAsync(page);

        await page.GotoAsync(baseUrl + "/Crime/Temporal", Load);
        Assert.Equal(25, await page.Locator("#heat-table tbody tr").CountAsync());
        await AssertEveryChartHasADataTableAsync(page);
        await Browser.AssertAccessibleAsync(page);

        await page.GotoAsync(baseUrl + "/Crime/NearRepeat", Load);
        await page.GetByLabel("Permutations").FillAsync("99");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run the test" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("Permutations=99", StringComparison.Ordinal));
        Assert.Equal("Near repeats: Barking and Dagenham", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("99 permutations", await page.Locator("#near-repeat-summary").InnerTextAsync());
        Assert.True(await page.Locator("#near-repeat-table tbody tr").CountAsync() >= 1);
        await Browser.AssertAccessibleAsync(page);

        await PoliceUkSample.ImportAsync(app.App.Services, PoliceUkSample.File("2025-01", "Browser Test Police", 2),
            PoliceUkSample.File("2025-03", "Browser Test Police", 1));
        await page.GotoAsync(baseUrl + "/Crime", Load);
        await page.GetByRole(AriaRole.Link, new() { Name = "police.uk open data held", Exact = true }).ClickAsync();
        Assert.Equal("police.uk open data held", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("February 2025", await page.Locator("#forces-table").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);
    }

    /// <summary>Each chart is an image with a text alternative, and the table with its numbers follows it.</summary>
    private static async Task AssertEveryChartHasADataTableAsync(IPage page)
    {
        var charts = page.Locator("figure.cf-chart");
        var count = await charts.CountAsync();
        Assert.True(count >= 1, "the page has charts");
        for (var i = 0; i < count; i++)
        {
            var figure = charts.Nth(i);
            Assert.Equal(1, await figure.Locator("svg[role='img']").CountAsync());
            var tableHolder = await figure.GetAttributeAsync("aria-describedby");
            Assert.Equal(1, await page.Locator($"#{tableHolder} table").CountAsync());
            Assert.True(await page.Locator($"#{tableHolder} tbody tr").CountAsync() >= 1);
        }
    }
}
