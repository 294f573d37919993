using CitizenFocus.Organisation;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CitizenFocus.Web.Pages.Organisation;

/// <summary>The organisation as JSON: force, areas, boroughs, wards, teams and the staff directory.</summary>
public static class OrganisationApi
{
    public static void MapOrganisationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organisation").WithTags("Organisation").RequireAuthorization(Policies.Staff);
        group.MapGet("/", async (OrganisationQueries q, CancellationToken ct) =>
            await q.ForceAsync(ct) is { } force ? (Results<Ok<ForceView>, ProblemHttpResult>)TypedResults.Ok(force) : NotFound("No force is loaded."))
            .WithName("GetForce").WithSummary("The force, its areas and its peer forces");
        group.MapGet("/areas/{code}", async Task<Results<Ok<AreaView>, ProblemHttpResult>> (string code, OrganisationQueries q, CancellationToken ct) =>
            await q.AreaAsync(code, ct) is { } area ? TypedResults.Ok(area) : NotFound($"No area has code {code}."))
            .WithName("GetArea").WithSummary("An area and its boroughs");
        group.MapGet("/boroughs/{code}", async Task<Results<Ok<BoroughView>, ProblemHttpResult>> (string code, OrganisationQueries q, CancellationToken ct) =>
            await q.BoroughAsync(code, ct) is { } borough ? TypedResults.Ok(borough) : NotFound($"No borough has code {code}."))
            .WithName("GetBorough").WithSummary("A borough, its wards and borough-wide teams");
        group.MapGet("/wards/{code}", async Task<Results<Ok<WardView>, ProblemHttpResult>> (string code, OrganisationQueries q, CancellationToken ct) =>
            await q.WardAsync(code, ct) is { } ward ? TypedResults.Ok(ward) : NotFound($"No ward has code {code}."))
            .WithName("GetWard").WithSummary("A ward with its census profile, boundary and teams");
        group.MapGet("/teams/{slug}", async Task<Results<Ok<TeamView>, ProblemHttpResult>> (string slug, OrganisationQueries q, CancellationToken ct) =>
            await q.TeamAsync(slug, ct) is { } team ? TypedResults.Ok(team) : NotFound($"No team has the address {slug}."))
            .WithName("GetTeam").WithSummary("A team, its members and its establishment check");
        group.MapGet("/below-establishment", async (string? borough, OrganisationQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.BelowEstablishmentAsync(borough, ct)))
            .WithName("GetTeamsBelowEstablishment").WithSummary("Ward teams short of 1-2-3 (or 1-2-6 in wards over 14,000 residents)");

        app.MapGet("/api/staff", async Task<Results<Ok<StaffSearchResult>, ProblemHttpResult>> (string? q, StaffRole? role, int? page, OrganisationQueries queries, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(q))
                    return TypedResults.Problem(statusCode: 400, title: "A search term is needed",
                        detail: "Give a surname, a full name or a staff number in the q parameter.");
                return TypedResults.Ok(await queries.SearchStaffAsync(q, role, page ?? 1, ct));
            })
            .WithTags("Staff").RequireAuthorization(Policies.Staff)
            .WithName("SearchStaff").WithSummary("Search the staff directory by surname, full name or staff number");
    }

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
