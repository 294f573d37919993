using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.Demo;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CitizenFocus.Web.Tests.Contact;

/// <summary>
/// Issue 4's acceptance walk in a real browser, with axe on every page: the public writes to a team,
/// the contact officer sees it, time passes the warning, the sergeant sees it escalated, the officer
/// replies in time, and the compliance figures move by that one reply.
/// </summary>
public sealed class ContactJourneyBrowserTests(BrowserAppFixture app, Browser browser) : IClassFixture<BrowserAppFixture>, IClassFixture<Browser>
{
    private static readonly TimeZoneInfo London = UkTime.Zone;

    private string BaseUrl => app.App.ClientOptions.BaseAddress.ToString().TrimEnd('/');

    [SkippableFact]
    public async Task Public_message_is_seen_warned_escalated_answered_in_time_and_counted_in_compliance()
    {
        Skip.If(Browser.Unavailable is not null, Browser.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(app);
        var local = TimeZoneInfo.ConvertTime(app.Time.GetUtcNow(), London);
        var month = new DateOnly(local.Year, local.Month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        // A member of the public writes to the team from its page.
        await using var publicContext = await browser.Instance.NewContextAsync();
        var citizen = await publicContext.NewPageAsync();
        await citizen.GotoAsync($"{BaseUrl}/teams/{team.Slug}");
        Assert.Equal(team.Name, await citizen.Locator("h1").InnerTextAsync());
        Assert.Equal(0, await citizen.Locator("#navigation").CountAsync());
        await Browser.AssertAccessibleAsync(citizen);

        await citizen.GetByRole(AriaRole.Button, new() { Name = "Send a message to the team" }).ClickAsync();
        Assert.Equal("Send a message to your neighbourhood team", await citizen.Locator("h1").InnerTextAsync());
        await Browser.AssertAccessibleAsync(citizen);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Send message" }).ClickAsync();
        Assert.Contains("There is a problem", await citizen.Locator(".govuk-error-summary").InnerTextAsync());
        await Browser.AssertAccessibleAsync(citizen);

        await citizen.GetByLabel("Your name").FillAsync("Amara Okafor");
        await citizen.GetByLabel("Email", new() { Exact = true }).CheckAsync();
        await citizen.GetByLabel("Email address").FillAsync("amara@example.com");
        await citizen.GetByLabel("What is your message about?").FillAsync("Cars parked on the pavement");
        await citizen.GetByLabel("Your message", new() { Exact = true }).FillAsync("Every morning cars block the pavement outside the primary school.");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Send message" }).ClickAsync();
        Assert.Equal("Message sent", await citizen.Locator("h1").InnerTextAsync());
        var reference = (await citizen.Locator("#reference").InnerTextAsync()).Trim();
        Assert.Matches("^TM-[0-9A-Z]{4}-[0-9A-Z]{4}$", reference);
        await Browser.AssertAccessibleAsync(citizen);

        // The team's contact officer finds it in "My work".
        await using var officerContext = await browser.Instance.NewContextAsync();
        var officer = await officerContext.NewPageAsync();
        await SignInAsync(officer, "officer.barking-and-dagenham", "/");
        await Menu(officer).GetByRole(AriaRole.Link, new() { Name = "My work", Exact = true }).ClickAsync();
        var mine = officer.Locator($"#assigned tr[data-record='{reference}']");
        Assert.Contains("24 hours left", await mine.InnerTextAsync());
        Assert.Contains("On time", await mine.InnerTextAsync());
        await Browser.AssertAccessibleAsync(officer);

        // Eighteen hours on, the sweep raises the warning: it reaches the ward sergeant's queue.
        app.Time.Advance(TimeSpan.FromHours(18) + TimeSpan.FromMinutes(5));
        var sweep = await DemoPlaces.SweepAsync(app);
        Assert.True(sweep.WarningsRaised >= 1);

        await using var sergeantContext = await browser.Instance.NewContextAsync();
        var sergeant = await sergeantContext.NewPageAsync();
        await SignInAsync(sergeant, "sergeant.barking-and-dagenham", "/");
        await Menu(sergeant).GetByRole(AriaRole.Link, new() { Name = "Team queue" }).ClickAsync();
        var escalated = sergeant.Locator($"#escalated tr[data-record='{reference}']");
        Assert.Contains("Warning", await escalated.InnerTextAsync());
        Assert.Contains("Close to the deadline", await escalated.InnerTextAsync());
        Assert.Equal(1, await sergeant.Locator($"#open tr[data-record='{reference}']").CountAsync());
        await Browser.AssertAccessibleAsync(sergeant);

        // Before the reply, the inspector notes the team's figures for this month. (Read now, not before the
        // hours passed: the sweep also decides the demo force's own overdue messages.)
        await using var inspectorContext = await browser.Instance.NewContextAsync();
        var inspector = await inspectorContext.NewPageAsync();
        await SignInAsync(inspector, "inspector.barking-and-dagenham", "/Compliance");
        var before = await TeamFiguresAsync(inspector, team.Slug, month);

        // The officer (signed out by the passing hours) replies before the 24 hours are up.
        await officer.GotoAsync($"{BaseUrl}/Work");
        await SignInOnPageAsync(officer, "officer.barking-and-dagenham");
        Assert.Contains("Warning", await officer.Locator($"#assigned tr[data-record='{reference}']").InnerTextAsync());
        await officer.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        Assert.Equal($"Message {reference}", await officer.Locator("h1").InnerTextAsync());
        Assert.Contains("Amara Okafor", await officer.Locator("main").InnerTextAsync());
        await Browser.AssertAccessibleAsync(officer);
        await officer.Locator("#Method").CheckAsync();
        await officer.GetByLabel("What did you tell them?").FillAsync("Spoke to the school; we will patrol at drop-off this week.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Record reply" }).ClickAsync();
        Assert.Contains("answered within 24 hours", await officer.Locator(".govuk-notification-banner").InnerTextAsync());
        Assert.Equal("Met", (await officer.Locator("#clock .govuk-tag").InnerTextAsync()).Trim());
        await Browser.AssertAccessibleAsync(officer);

        // The compliance page counts one more decided case for the team this month, and one more met.
        await inspector.GotoAsync($"{BaseUrl}/Compliance");
        var after = await TeamFiguresAsync(inspector, team.Slug, month);
        Assert.Equal(before.Decided + 1, after.Decided);
        Assert.Equal(before.Met + 1, after.Met);
    }

    /// <summary>The service navigation (the home page links to the same places).</summary>
    private static ILocator Menu(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });

    private async Task SignInAsync(IPage page, string login, string returnUrl)
    {
        await page.GotoAsync($"{BaseUrl}/Account/SignIn?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await SignInOnPageAsync(page, login);
    }

    /// <summary>Fills the sign-in page the browser is on and waits to be sent back.</summary>
    private static async Task SignInOnPageAsync(IPage page, string login)
    {
        Assert.Contains("/Account/SignIn", page.Url);
        await page.GetByLabel("Email address").FillAsync(login + StaffClient.DemoDomain);
        await page.GetByLabel("Password").FillAsync(DemoGenerator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/SignIn", StringComparison.Ordinal));
    }

    /// <summary>Asks the compliance page for teams in this month and reads the team's row (none yet counts as zero).</summary>
    private static async Task<(int Decided, int Met)> TeamFiguresAsync(IPage page, string slug, string month)
    {
        await page.Locator("#Level").SelectOptionAsync("Team");
        await page.Locator("#From").SelectOptionAsync(month);
        await page.Locator("#To").SelectOptionAsync(month);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show figures" }).ClickAsync();
        Assert.Contains("Level=Team", page.Url);
        await Browser.AssertAccessibleAsync(page);
        var row = page.Locator($"#figures tr[data-unit='{slug}'][data-month='{month}']");
        if (await row.CountAsync() == 0) return (0, 0);
        return (int.Parse(await row.Locator("[data-decided]").GetAttributeAsync("data-decided") ?? "0", CultureInfo.InvariantCulture),
                int.Parse(await row.Locator("[data-met]").GetAttributeAsync("data-met") ?? "0", CultureInfo.InvariantCulture));
    }
}
