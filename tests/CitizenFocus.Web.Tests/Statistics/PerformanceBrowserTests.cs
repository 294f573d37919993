using CitizenFocus.Demo;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CitizenFocus.Web.Tests.Statistics;

/// <summary>Acceptance: a borough commander opens the pack in a browser and follows a grade to its diagnostics.</summary>
public sealed class PerformanceBrowserTests(BrowserAppFixture app, Browser browser) : IClassFixture<BrowserAppFixture>, IClassFixture<Browser>
{
    private static readonly PageGotoOptions Load = new() { WaitUntil = WaitUntilState.Load };

    [SkippableFact]
    public async Task Borough_commander_opens_the_pack_and_follows_a_grade_to_its_diagnostics()
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

        await page.GetByRole(AriaRole.Link, new() { Name = "Performance", Exact = true }).ClickAsync();
        Assert.Equal("Performance pack: Barking and Dagenham", await page.Locator("h1").InnerTextAsync());
        await AssertEveryChartHasADataTableAsync(page);
        await Browser.AssertAccessibleAsync(page);

        var confidence = page.Locator("tr[data-indicator='pas-confidence'] a");
        Assert.Equal("Failing", (await confidence.InnerTextAsync()).Trim());
        await confidence.ClickAsync();

        // The indicator's own words, its capitals kept ("ASB"), not lowered into the sentence.
        Assert.Equal("Police and council deal with the crime and ASB issues that matter (public confidence): what explains it",
            await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Failing", await page.Locator("#headline-summary").InnerTextAsync());
        Assert.True(await page.Locator("#drivers ~ table").CountAsync() >= 1, "the component measures are listed");
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Key drivers", main);
        Assert.Contains("likelihood-ratio test against a model without the components", main);
        Assert.Contains("Odds ratio (95% interval)", main);
        Assert.Contains("Equality gaps", main);
        Assert.Contains("After Holm's adjustment", main);
        Assert.Contains("Adjusted p-value", main);
        Assert.Contains("Compliance with the service standards", await page.Locator("main").InnerTextAsync());
        await AssertEveryChartHasADataTableAsync(page);
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
