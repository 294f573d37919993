using CitizenFocus.Promises;
using CitizenFocus.Web.Api;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CitizenFocus.Web.Pages.Promises;

/// <summary>Compliance with the service standards, as on the compliance page: counts only, no personal details.</summary>
public static class PromisesApi
{
    public static void MapPromisesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/compliance", async Task<Results<Ok<IReadOnlyList<ComplianceRow>>, ProblemHttpResult>> (
                string? standard, string? level, string? borough, string? from, string? to, string? by,
                HttpContext http, ComplianceChoices choices, ComplianceQueries compliance, CancellationToken ct) =>
            {
                var form = await choices.ReadAsync(standard, level, borough, from, to, http.User.GetOrgScope(), ct, by);
                if (form.Filter is not { } f) return Problems.Validation(form.Errors);
                return TypedResults.Ok(await compliance.ByUnitAsync(f.Standard, f.Level, f.From, f.To, f.BoroughCode, f.Dimension, ct));
            })
            .RequireAuthorization(Policies.Compliance)
            .WithTags("Compliance")
            .WithName("GetCompliance")
            .WithSummary("Share met by unit (force, area, borough, ward or team) and month (from, to as yyyy-MM), optionally broken down by one of the standard's dimensions (by), with 95% Wilson intervals against the target");
    }
}
