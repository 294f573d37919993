using CitizenFocus.Promises;
using CitizenFocus.Retention;
using Microsoft.Extensions.Options;

namespace CitizenFocus.Web.Hosting;

public static class PromiseWorkers
{
    /// <summary>The background sweep and notification dispatch, unless <c>Promises:BackgroundWork</c> is false.</summary>
    public static WebApplicationBuilder AddCitizenFocusPromiseWorkers(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PromiseOptions>().BindConfiguration(PromiseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(PromiseOptions.Section).Get<PromiseOptions>() ?? new PromiseOptions();
        if (options.BackgroundWork) builder.Services.AddHostedService<PromiseWorker>();

        builder.Services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section);
        var sender = builder.Configuration[$"{NotificationOptions.Section}:Sender"];
        if (string.Equals(sender, "Smtp", StringComparison.OrdinalIgnoreCase))
            builder.Services.AddSingleton<INotificationSender, SmtpNotificationSender>(); // replaces the logging sender (TryAdd in core)
        return builder;
    }
}

/// <summary>
/// Opens the periods of recurring promises, sweeps due clocks, then sends due notifications, at start-up and every interval;
/// and, at start-up and every <see cref="PromiseOptions.RetentionIntervalHours"/>, applies the retention rules. Each step runs
/// in a fresh scope (its own DbContext); a failure is logged and the next tick tries again, because
/// the sweep is idempotent and the outbox keeps what was not sent.
/// </summary>
internal sealed class PromiseWorker(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<PromiseOptions> options, ILogger<PromiseWorker> logger)
    : BackgroundService
{
    /// <summary>At most this many outbox batches per run, so that one run cannot hold the database for long.</summary>
    internal const int MaxDispatchBatchesPerRun = 100;

    /// <summary>At most this many retention batches per run (each up to <see cref="RunRetentionSweep.BatchSize"/> records a rule).</summary>
    internal const int MaxRetentionBatchesPerRun = 20;

    /// <summary>When the retention sweep last ran (UTC); null before the first.</summary>
    internal DateTimeOffset? LastRetentionRun { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SweepIntervalSeconds), time);
        try
        {
            do await RunOnceAsync(stoppingToken);
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Opens due recurring clocks, sweeps, then dispatches; never throws except on cancellation.</summary>
    internal async Task RunOnceAsync(CancellationToken ct)
    {
        await StepAsync("scheduler", async services =>
        {
            var opened = await services.GetRequiredService<OpenRecurringClocks>().RunAsync(ct);
            if (opened > 0) logger.LogInformation("Scheduler: {Opened} recurring clocks opened", opened);
        }, ct);
        await StepAsync("sweep", async services =>
        {
            var result = await services.GetRequiredService<SweepClocks>().RunAsync(ct: ct);
            if (result.WarningsRaised + result.BreachesRaised > 0)
                logger.LogInformation("Sweep: {Examined} clocks examined, {Warnings} warnings and {Breaches} breaches raised",
                    result.ClocksExamined, result.WarningsRaised, result.BreachesRaised);
        }, ct);
        await StepAsync("notification dispatch", async services =>
        {
            // A full batch means more may be waiting (after downtime, say): keep going, within a bound per run.
            var dispatch = services.GetRequiredService<DispatchNotifications>();
            int sent = 0, failed = 0, batches = 0;
            (int Sent, int Failed) batch;
            do
            {
                batch = await dispatch.RunAsync(ct);
                sent += batch.Sent;
                failed += batch.Failed;
            }
            while (batch.Sent + batch.Failed == DispatchNotifications.BatchSize && ++batches < MaxDispatchBatchesPerRun);
            if (sent + failed > 0) logger.LogInformation("Notifications: {Sent} sent, {Failed} failed (retried later)", sent, failed);
        }, ct);

        var now = time.GetUtcNow();
        if (LastRetentionRun is { } last && now - last < TimeSpan.FromHours(options.Value.RetentionIntervalHours)) return;
        LastRetentionRun = now;
        await StepAsync("retention sweep", async services =>
        {
            // A full batch means a backlog (the first run after a rule takes effect): keep going, within a bound per run.
            var sweep = services.GetRequiredService<RunRetentionSweep>();
            int anonymised = 0, reviews = 0, batches = 0;
            RetentionReport report;
            do
            {
                report = await sweep.RunAsync(RunRetentionSweep.SystemActor, dryRun: false, ct);
                reviews += report.Actions.Count(a => a.Outcome == RetentionOutcome.Review);
                anonymised += report.Actions.Count(a => a.Outcome != RetentionOutcome.Review);
            }
            while (report.Actions.Count >= RunRetentionSweep.BatchSize && ++batches < MaxRetentionBatchesPerRun);
            if (anonymised + reviews > 0)
                logger.LogInformation("Retention: {Anonymised} records anonymised, {Reviews} brought up for review, {Held} kept by legal holds",
                    anonymised, reviews, report.Held);
        }, ct);
    }

    private async Task StepAsync(string name, Func<IServiceProvider, Task> step, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await step(scope.ServiceProvider);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && ct.IsCancellationRequested))
        {
            logger.LogError(ex, "The promise {Step} failed; it will run again in {Seconds} seconds", name, options.Value.SweepIntervalSeconds);
        }
    }
}
