using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CitizenFocus.Web.Pages.Organisation;

/// <summary>The force's structure and the staff directory for staff; each team's public page for everyone.</summary>
public sealed class OrganisationWebModule : IWebModule
{
    public string Name => "Organisation";

    public void AddPages(PageConventionCollection pages) => pages
        .AllowAnonymousToFolder("/Organisation/Public")
        .ServeFolderAt("/Organisation/Staff", "/Staff")
        .AuthorizePage("/Organisation/Setup", Policies.Administration);

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapOrganisationApi();

    public IEnumerable<NavigationEntry> Navigation =>
    [
        new(50, "Organisation", "/Organisation", Policies.Staff),
        new(60, "Staff directory", "/Staff", Policies.Staff),
        new(102, "Set-up", "/Setup", Policies.Administration),
    ];
}
