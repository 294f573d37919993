using CitizenFocus.Audit;
using CitizenFocus.Calls;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CitizenFocus.Web.Pages.Calls;

/// <summary>Calls from the public: personal records, scoped to the reader and audited on every read.</summary>
public static class CallsApi
{
    public static void MapCallsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calls").WithTags("Calls").RequireAuthorization(Policies.PersonalRecords);
        group.MapGet("/", async (int? page, HttpContext http, CallQueries q, CancellationToken ct) =>
                TypedResults.Ok(await q.RecentAsync(http.User.GetOrgScope(), page ?? 1, ct)))
            .WithName("ListCalls").WithSummary("Recent calls in the reader's scope, newest first (no personal details)");
        group.MapGet("/{reference}", async Task<Results<Ok<CallRecord>, ProblemHttpResult>> (string reference, HttpContext http, ConsultCall consult, CancellationToken ct) =>
                await consult.HandleAsync(reference, http.User.GetOrgScope(), http.User.AuditActor(), ReadChannel.Api, ct) is { } call
                    ? TypedResults.Ok(call)
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                        detail: $"No call {reference} is within your scope."))
            .WithName("GetCall").WithSummary("One call with the caller's details; the read is recorded in the audit trail");
    }
}
