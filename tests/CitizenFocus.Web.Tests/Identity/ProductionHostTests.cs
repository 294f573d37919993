using System.Net;
using CitizenFocus.Data;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace CitizenFocus.Web.Tests.Identity;

/// <summary>Issue 13, item 8: in Production the host refuses a wildcard AllowedHosts and issues only __Host- Secure cookies over HTTPS.</summary>
public sealed class ProductionHostTests
{
    private static readonly ErrorLog Errors = new();

    private sealed class ErrorLog : Microsoft.Extensions.Logging.ILoggerProvider, Microsoft.Extensions.Logging.ILogger
    {
        public readonly System.Collections.Concurrent.ConcurrentQueue<string> Lines = new();
        public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => this;
        public void Dispose() { }
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => logLevel >= Microsoft.Extensions.Logging.LogLevel.Error;
        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue(formatter(state, exception) + " " + exception);
    }

    private static WebApplicationFactory<Program> Production(TestDatabase database, string allowedHosts) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("AllowedHosts", allowedHosts);
            b.UseSetting("ConnectionStrings:CitizenFocus", database.ConnectionString);
            b.UseSetting("Audit:Key", TestAuditKey.Value);
            b.UseSetting("Promises:BackgroundWork", "false");
            b.ConfigureLogging(l => l.AddProvider(Errors));
        });

    [Fact]
    public async Task Production_refuses_to_start_with_every_host_allowed()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = Production(database, "*");

        var refused = Assert.ThrowsAny<Exception>(() => app.Server);

        Assert.Contains("AllowedHosts is '*'", refused.ToString());
    }

    [Fact]
    public async Task Production_sends_plain_http_to_https_refuses_a_forged_host_and_sets_host_prefixed_secure_cookies()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = Production(database, "citizenfocus.example");
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://citizenfocus.example") });

        var plain = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://citizenfocus.example") })
            .GetAsync("/Account/SignIn");
        var forged = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://evil.example") })
            .GetAsync("/Account/SignIn");
        var page = await client.GetAsync("/Account/SignIn");

        Assert.True(page.StatusCode == HttpStatusCode.OK, $"https {(int)page.StatusCode}, plain {(int)plain.StatusCode}, forged {(int)forged.StatusCode}: {string.Join("\n", Errors.Lines)}");
        Assert.True(plain.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect or HttpStatusCode.Redirect, plain.StatusCode.ToString());
        Assert.StartsWith("https://", plain.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var antiforgery = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.Contains("Antiforgery", StringComparison.OrdinalIgnoreCase) || c.StartsWith("__Host-", StringComparison.Ordinal));
        Assert.StartsWith("__Host-", antiforgery);
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("demo.citizenfocus.example", await page.Content.ReadAsStringAsync());
    }
}
