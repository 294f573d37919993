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
        await ScreenshotAsync(page);
        var result = await page.RunAxe();
        Assert.True(result.Passes.Length > 0, $"axe did not run on {page.Url}");
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on {page.Url}:\n" + string.Join("\n", serious.Select(Describe)));
    }

    private static int shots;

    /// <summary>
    /// With CF_SCREENSHOTS set to a folder, every page checked is also saved there as a full-page PNG, named by the
    /// order and the address: a reviewer walks the pages each role sees without running the application.
    /// </summary>
    private static async Task ScreenshotAsync(IPage page)
    {
        if (Environment.GetEnvironmentVariable("CF_SCREENSHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        var path = new Uri(page.Url).PathAndQuery.Trim('/');
        var name = new string((path.Length == 0 ? "home" : path).Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
        var file = Path.Combine(folder, $"{Interlocked.Increment(ref shots):D3}-{name[..Math.Min(name.Length, 80)]}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
    }

    private static string Describe(AxeResultItem v) =>
        $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}";
}
