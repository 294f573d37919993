using CitizenFocus.Demo;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CitizenFocus.Web.Tests.Organisation;

/// <summary>A borough commander in a real browser, through the organisation, with axe on every page.</summary>
public sealed class OrganisationBrowserTests(BrowserAppFixture app, Browser browser) : IClassFixture<BrowserAppFixture>, IClassFixture<Browser>
{
    private static readonly PageGotoOptions Load = new() { WaitUntil = WaitUntilState.Load };

    [SkippableFact]
    public async Task Borough_commander_signs_in_and_browses_force_to_team_with_no_serious_accessibility_violation()
    {
        Skip.If(Browser.Unavailable is not null, Browser.Unavailable);
        var baseUrl = app.App.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        await using var context = await browser.Instance.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(baseUrl + "/", Load);
        Assert.Contains("/Account/SignIn", page.Url);
        await Browser.AssertAccessibleAsync(page);
        await page.GetByLabel("Email address").FillAsync("commander.barking-and-dagenham@demo.citizenfocus.example");
        await page.GetByLabel("Password").FillAsync(DemoGenerator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync(baseUrl + "/");
        Assert.Equal("Barking and Dagenham borough commander", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Barking and Dagenham borough", await page.Locator("main").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Organisation", Exact = true }).ClickAsync();
        Assert.Equal("Metropolitan Police Service (demo)", await page.Locator("h1").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "North East" }).ClickAsync();
        Assert.Equal("North East", await page.Locator("h1").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Barking and Dagenham" }).ClickAsync();
        Assert.Equal("Barking and Dagenham", await page.Locator("h1").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);

        var wardLink = page.Locator("table a.govuk-link").First;
        var wardName = await wardLink.InnerTextAsync();
        await wardLink.ClickAsync();
        Assert.Equal(wardName, await page.Locator("h1").InnerTextAsync());
        Assert.Equal(5, await page.Locator("nav.govuk-breadcrumbs li").CountAsync());
        await Browser.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = $"{wardName} Safer Neighbourhood Team" }).ClickAsync();
        Assert.Equal($"{wardName} Safer Neighbourhood Team", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator("table tbody tr").CountAsync() >= 1, "the team page lists its members");
        await Browser.AssertAccessibleAsync(page);
    }
}
