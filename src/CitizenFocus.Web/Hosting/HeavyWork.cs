using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CitizenFocus.Web.Hosting;

/// <summary>
/// Bounded work per reader, applied once for every page and endpoint marked <see cref="HeavyWorkAttribute"/>:
/// at most <see cref="HeavyWorkOptions.PerUser"/> running per signed-in person (the next is refused with 429
/// and Retry-After), each within <see cref="HeavyWorkOptions.BudgetSeconds"/> (then stopped, 503). The work
/// sees both limits through the one token it already takes: the request's <see cref="HttpContext.RequestAborted"/>
/// is replaced, for the marked endpoint, by a token cancelled when the reader goes away or the budget is spent,
/// so a closed tab stops the computation as surely as the clock does. Pages get a plain-English page (the
/// error page, re-executed for the status code, reads <see cref="HeavyWorkStopped"/>); the API gets problem details.
/// </summary>
public static class HeavyWork
{
    public static IServiceCollection AddHeavyWork(this IServiceCollection services)
    {
        services.AddOptions<HeavyWorkOptions>().BindConfiguration(HeavyWorkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<HeavyWorkGate>();
        return services;
    }

    /// <summary>After authentication (the limit is per person) and routing (the mark is on the endpoint).</summary>
    public static IApplicationBuilder UseHeavyWork(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<HeavyWorkAttribute>() is null)
        {
            await next(context);
            return;
        }
        await RunAsync(context, next);
    });

    /// <summary>Who the limit counts against: the signed-in account, or (never expected: heavy work is for staff) the client's address.</summary>
    public static string ReaderOf(HttpContext context)
    {
        var claim = context.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.UserIdClaimType;
        return context.User.FindFirst(claim)?.Value is { Length: > 0 } id
            ? "user:" + id
            : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static async Task RunAsync(HttpContext context, RequestDelegate next)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<HeavyWorkOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HeavyWork));
        var reader = ReaderOf(context);
        using var place = services.GetRequiredService<HeavyWorkGate>().TryEnter(reader, out var retryAfter);
        if (place is null)
        {
            var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
            logger.LogInformation("Heavy work refused: {Reader} already runs {PerUser} ({Path})", reader, options.PerUser, context.Request.Path);
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await StopAsync(context, new HeavyWorkStopped(StatusCodes.Status429TooManyRequests, seconds,
                "You already have an analysis running",
                (options.PerUser == 1 ? "Each person runs one analysis at a time" : $"Each person runs at most {options.PerUser} analyses at a time")
                + $", so that one long analysis does not slow the service for everyone. Wait for the one you started to finish (at most {SecondsText(seconds)}), then try again."));
            return;
        }

        var time = services.GetRequiredService<TimeProvider>();
        // Measured on the injected clock, so a test moves it on with a FakeTimeProvider instead of waiting.
        using var budget = new CancellationTokenSource(options.Budget, time);
        var aborted = context.RequestAborted;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, budget.Token);
        context.RequestAborted = stop.Token;
        try
        {
            await next(context);
        }
        // Whatever fails once the budget is spent fails because of it: EF and the providers report a cancelled
        // query in their own ways (OperationCanceledException, an interrupted SQLite statement, a cancelled Npgsql command).
        catch (Exception) when (budget.IsCancellationRequested && !aborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            context.RequestAborted = aborted;
            logger.LogWarning("Heavy work stopped at its budget of {Budget} s: {Reader} ({Path}{Query})",
                options.BudgetSeconds, reader, context.Request.Path, context.Request.QueryString);
            context.Response.Clear();
            await StopAsync(context, new HeavyWorkStopped(StatusCodes.Status503ServiceUnavailable, options.BudgetSeconds,
                "The analysis took too long and was stopped",
                $"It ran for {SecondsText(options.BudgetSeconds)}, the limit for one analysis. Ask for less, then run it again: a smaller area, a shorter period, narrower distance or time bands, or fewer permutations."));
        }
        finally
        {
            context.RequestAborted = aborted;
        }
    }

    private static async Task StopAsync(HttpContext context, HeavyWorkStopped stopped)
    {
        context.Features.Set(stopped);
        context.Response.StatusCode = stopped.Status;
        if (!Pipeline.IsApi(context)) return; // the status code page re-executes the error page, which reads the feature
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = stopped.Status, Title = stopped.Title, Detail = stopped.Detail },
        });
    }

    /// <summary>"1 second", "30 seconds".</summary>
    public static string SecondsText(int seconds) =>
        seconds == 1 ? "1 second" : string.Create(CultureInfo.InvariantCulture, $"{seconds} seconds");
}
