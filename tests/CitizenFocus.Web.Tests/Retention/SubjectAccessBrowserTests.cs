using CitizenFocus.Demo;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CitizenFocus.Web.Tests.Retention;

/// <summary>The disclosure officer's journey in a real browser: log a request, withhold a record, with axe on every page.</summary>
public sealed class SubjectAccessBrowserTests(BrowserAppFixture app, Browser browser) : IClassFixture<BrowserAppFixture>, IClassFixture<Browser>
{
    private static readonly PageGotoOptions Load = new() { WaitUntil = WaitUntilState.Load };

    [SkippableFact]
    public async Task Administrator_logs_a_request_withholds_a_record_with_no_serious_accessibility_violation()
    {
        Skip.If(Browser.Unavailable is not null, Browser.Unavailable);
        var baseUrl = app.App.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var caller = app.WithDb(db => db.Calls.OrderBy(c => c.Id).Select(c => c.CallerName).First());
        await using var context = await browser.Instance.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/Account/SignIn", Load);
        await page.GetByLabel("Email address").FillAsync("admin@demo.citizenfocus.example");
        await page.GetByLabel("Password").FillAsync(DemoGenerator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Subject access" }).First.ClickAsync();
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log the request and search" }).ClickAsync();
        Assert.Contains("Enter the full name of the person the request is about", await page.Locator(".govuk-error-summary").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);

        await page.GetByLabel("Full name of the person the request is about").FillAsync(caller);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log the request and search" }).ClickAsync();
        Assert.Contains("Request logged.", await page.Locator(".govuk-notification-banner").InnerTextAsync());
        Assert.Contains(caller, await page.Locator("h1").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);

        var first = page.Locator(".govuk-summary-card").First;
        await first.GetByLabel("Exemption, to withhold this record").FillAsync("s.45(4)(a): giving it would prejudice an open investigation");
        await first.GetByRole(AriaRole.Button, new() { Name = "Withhold this record" }).ClickAsync();
        Assert.Contains("The record will be withheld", await page.Locator(".govuk-notification-banner").InnerTextAsync());
        Assert.Contains("Withheld: s.45(4)(a)", await page.Locator(".govuk-summary-card").First.InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);
    }

    [SkippableFact]
    public async Task Administrator_pages_for_retention_rules_and_set_up_have_no_serious_accessibility_violation()
    {
        Skip.If(Browser.Unavailable is not null, Browser.Unavailable);
        var baseUrl = app.App.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        await using var context = await browser.Instance.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/Account/SignIn", Load);
        await page.GetByLabel("Email address").FillAsync("admin@demo.citizenfocus.example");
        await page.GetByLabel("Password").FillAsync(DemoGenerator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Retention rules" }).First.ClickAsync();
        Assert.Contains("Every version of each rule", await page.Locator("main").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the change" }).ClickAsync();
        Assert.Contains("Give the reason for the period", await page.Locator(".govuk-error-summary").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Set-up" }).First.ClickAsync();
        Assert.Contains("Setting up the force", await page.Locator("h1").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);
    }
}
