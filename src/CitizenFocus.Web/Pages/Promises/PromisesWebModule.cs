using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CitizenFocus.Web.Pages.Promises;

/// <summary>
/// The promise engine on the web: the work queues (/Work), compliance with the service standards
/// (/Compliance) and the background sweep and notification dispatch.
/// </summary>
public sealed class PromisesWebModule : IWebModule
{
    public string Name => "Promises";

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ComplianceChoices>();
        builder.AddCitizenFocusPromiseWorkers();
    }

    public void AddPages(PageConventionCollection pages) => pages
        .AuthorizeFolder("/Promises/Compliance", Policies.Compliance)
        .AuthorizePage("/Promises/Work/Team", Policies.Supervisors)
        .ServeFolderAt("/Promises", "/");

    public void AddPolicies(AuthorizationBuilder policies) =>
        policies.AddPolicy(Policies.Supervisors, p => p.RequireRole(Policies.SupervisorRoles));

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapPromisesApi();

    public IEnumerable<NavigationEntry> Navigation =>
    [
        new(10, "My work", "/Work", Policies.Staff, user => user.GetTeamMemberId() is not null),
        new(20, "Team queue", "/Work/Team", Policies.Supervisors),
        new(70, "Compliance", "/Compliance", Policies.Compliance),
    ];
}
