using CitizenFocus.Demo;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CitizenFocus.Web.Tests.Sharing;

/// <summary>The council's partner account in a real browser: home page, a shared record, and back, with axe on every page.</summary>
public sealed class SharingBrowserTests(BrowserAppFixture app, Browser browser) : IClassFixture<BrowserAppFixture>, IClassFixture<Browser>
{
    private static readonly PageGotoOptions Load = new() { WaitUntil = WaitUntilState.Load };

    [SkippableFact]
    public async Task Partner_signs_in_sees_what_is_shared_and_opens_a_record_with_no_serious_accessibility_violation()
    {
        Skip.If(Browser.Unavailable is not null, Browser.Unavailable);
        var baseUrl = app.App.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        await using var context = await browser.Instance.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(baseUrl + "/Account/SignIn", Load);
        await page.GetByLabel("Email address").FillAsync("partner.barking-and-dagenham@demo.citizenfocus.example");
        await page.GetByLabel("Password").FillAsync(DemoGenerator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync(baseUrl + "/");
        var home = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Barking and Dagenham Council, a council in Barking and Dagenham", home);
        Assert.Contains("Shared with Barking and Dagenham Council", home);
        await Browser.AssertAccessibleAsync(page);

        var record = page.Locator("table a.govuk-link").First;
        var title = await record.InnerTextAsync();
        await record.ClickAsync();
        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Why it was shared", await page.Locator("main").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to what has been shared with Barking and Dagenham Council" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "/");
    }
}
