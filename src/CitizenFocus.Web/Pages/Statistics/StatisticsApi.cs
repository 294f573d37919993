using CitizenFocus.Statistics.Performance;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CitizenFocus.Web.Pages.Statistics;

/// <summary>One unit's row of the performance pack for every indicator, as the pack CSV gives it.</summary>
public sealed record PerformanceFigure(
    string Level, string UnitCode, string UnitName, string Indicator, DateOnly PeriodStart, DateOnly PeriodEnd, int N, double NEff,
    double? Estimate, double? CiLow, double? CiHigh, double? PeerEstimate, double? DiffVsPeer, double? DiffVsPeerLow, double? DiffVsPeerHigh,
    bool? DiffVsPeerSignificant, double? PriorEstimate, double? DiffVsPrior, bool? DiffVsPriorSignificant, string? Grade, bool InsufficientSample,
    IReadOnlyList<string> PeerUnits, double DesignEffect, string? NotGradedReason)
{
    public static PerformanceFigure Of(IndicatorResult r) => new(
        PackCsv.LevelName(r.Unit.Level), r.Unit.Code, r.Unit.Name, r.Indicator.Code, r.Period.Start, r.Period.End, r.N, r.NEff,
        r.Estimate?.Estimate, r.Estimate?.Low, r.Estimate?.High, r.PeerEstimate, r.VersusPeer?.Difference, r.VersusPeer?.Low, r.VersusPeer?.High,
        r.VersusPeer?.Significant, r.PriorEstimate, r.VersusPrior?.Difference, r.VersusPrior?.Significant,
        r.Grade is { } g ? PackCsv.GradeName(g) : r.Insufficient ? null : PackCsv.NotGradedName, r.Insufficient,
        r.PeerUnits, r.DesignEffect, r.Grade is null ? PackReport.NotGradedText(r) : null);
}

/// <summary>The pack's figures as JSON, for the same readers and scope as the pack page.</summary>
public static class StatisticsApi
{
    public static void MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/performance", async Task<Results<Ok<IReadOnlyList<PerformanceFigure>>, ProblemHttpResult>> (
                string? level, string? unit, string? period, HttpContext http, PackPage pages, CancellationToken ct) =>
            {
                // Before the force's organisation is loaded there are no figures, which is not an error.
                if (await pages.NothingLoadedAsync(ct)) return TypedResults.Ok<IReadOnlyList<PerformanceFigure>>([]);
                var selection = await pages.ReadAsync(http.User, level, unit, period, ct);
                if (selection is null)
                    return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such unit in your scope",
                        detail: "Give level (force, area, borough or ward) and unit (its code) for a unit you are responsible for.");
                var figures = selection.Engine.Results(selection.Unit.Level, selection.Period)
                    .Where(r => r.Unit.Id == selection.Unit.Id).Select(PerformanceFigure.Of).ToList();
                return TypedResults.Ok<IReadOnlyList<PerformanceFigure>>(figures);
            })
            .RequireAuthorization(Policies.Compliance)
            // Every indicator's estimate, interval and comparisons for the unit: what a script calls once per unit, in parallel.
            .WithMetadata(new HeavyWorkAttribute())
            .WithTags("Performance")
            .WithName("GetPerformance")
            .WithSummary("A unit's figures for every indicator over the rolling window to a month (period as yyyy-MM): estimate, interval, peer and prior comparisons, grade");
    }
}
