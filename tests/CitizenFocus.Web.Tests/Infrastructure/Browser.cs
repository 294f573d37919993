using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CitizenFocus.Web.Tests.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright (Playwright may not download browsers here).</summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    public IBrowser Instance { get; private set; } = null!;

    public static string? Unavailable => File.Exists(ChromiumPath) ? null : $"{ChromiumPath} is not installed (apt-get install chromium).";

    public async Task InitializeAsync()
    {
        if (Unavailable is not null) return;
        playwright = await Playwright.CreateAsync();
        Instance = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (playwright is null) return;
        await Instance.DisposeAsync();
        playwright.Dispose();
    }

    /// <summary>Runs axe on the page and fails with the rule, impact and target of every serious or critical violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.True(result.Passes.Length > 0, $"axe did not run on {page.Url}");
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on {page.Url}:\n" + string.Join("\n", serious.Select(Describe)));
    }

    private static string Describe(AxeResultItem v) =>
        $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}";
}
