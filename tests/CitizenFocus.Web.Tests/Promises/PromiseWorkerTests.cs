using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CitizenFocus.Web.Tests.Promises;

/// <summary>The background sweep and outbox dispatch, run here one step at a time.</summary>
public abstract class PromiseWorkerTests(AppFixture fixture)
{
    [SkippableFact]
    public async Task One_run_raises_the_due_warning_and_sends_its_notifications()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/teams/{team.Slug}/messages")
        {
            Content = JsonContent.Create(new
            {
                citizenName = "Ivan Petrov", preferredReply = "email", citizenEmail = "ivan@example.com",
                subject = "Broken street light", body = "The light outside number 12 has been out for a week.",
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var response = await StaffClient.Anonymous(fixture).SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reference = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("reference").GetString()!;
        fixture.Time.Advance(TimeSpan.FromHours(18) + TimeSpan.FromMinutes(1));
        var worker = new PromiseWorker(fixture.App.Services.GetRequiredService<IServiceScopeFactory>(), fixture.Time,
            Options.Create(new PromiseOptions()), NullLogger<PromiseWorker>.Instance);

        await worker.RunOnceAsync(CancellationToken.None);

        Assert.NotNull(fixture.WithDb(db => db.Clocks.Single(c => c.RecordId == reference).WarnedAt));
        var notifications = fixture.WithDb(db => db.Notifications.Where(n => n.Subject.Contains(reference)).ToList());
        Assert.NotEmpty(notifications);
        Assert.All(notifications, n => Assert.NotNull(n.SentAt));
    }

    [SkippableFact]
    public async Task The_retention_sweep_runs_at_the_first_run_and_then_once_an_interval()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var worker = new PromiseWorker(fixture.App.Services.GetRequiredService<IServiceScopeFactory>(), fixture.Time,
            Options.Create(new PromiseOptions { RetentionIntervalHours = 24 }), NullLogger<PromiseWorker>.Instance);

        await worker.RunOnceAsync(CancellationToken.None);
        var first = worker.LastRetentionRun;
        await worker.RunOnceAsync(CancellationToken.None);

        Assert.Equal(fixture.Time.GetUtcNow(), first);
        Assert.Equal(first, worker.LastRetentionRun);
    }

    [SkippableFact]
    public void The_test_host_runs_no_background_sweep()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        Assert.DoesNotContain(fixture.App.Services.GetServices<IHostedService>(), s => s is PromiseWorker);
    }
}

[Collection(SqliteApp.Name)]
public sealed class PromiseWorkerTestsOnSqlite(SqliteAppFixture fixture) : PromiseWorkerTests(fixture);

[Collection(PostgresApp.Name)]
public sealed class PromiseWorkerTestsOnPostgres(PostgresAppFixture fixture) : PromiseWorkerTests(fixture);

/// <summary>How the workers are registered, without a database.</summary>
public sealed class PromiseWorkerRegistrationTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Background_work_is_on_unless_configured_off(string? setting, bool registered)
    {
        var builder = WebApplication.CreateBuilder();
        if (setting is not null) builder.Configuration["Promises:BackgroundWork"] = setting;

        builder.AddCitizenFocusPromiseWorkers();

        Assert.Equal(registered, builder.Services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(PromiseWorker)));
    }

    [Fact]
    public void A_sweep_interval_out_of_range_fails_validation_at_start()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Promises:BackgroundWork"] = "false";
        builder.Configuration["Promises:SweepIntervalSeconds"] = "0";
        builder.AddCitizenFocusPromiseWorkers();
        using var provider = builder.Services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PromiseOptions>>().Value);
    }
}
