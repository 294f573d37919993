using CitizenFocus.Data;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Web.Tests.Infrastructure;

/// <summary>
/// The real application, on a real database, with the demo force loaded at start-up and a fake clock;
/// <paramref name="configure"/> adds a fixture's own settings or services.
/// </summary>
public sealed class CitizenFocusApp(DatabaseProvider provider, string connectionString, FakeTimeProvider time, Action<IWebHostBuilder>? configure = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:CitizenFocus", connectionString);
        builder.UseSetting("Audit:Key", TestAuditKey.Value);
        builder.UseSetting("Demo:LoadWhenEmpty", "true");
        builder.UseSetting("Demo:Scale", "Small");
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        builder.UseSetting("RateLimits:PublicPerMinute", "10000");
        // Tests run sweeps themselves, at the times they choose (App.Services → SweepClocks.RunAsync).
        builder.UseSetting("Promises:BackgroundWork", "false");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(time);
        });
        configure?.Invoke(builder);
    }
}
