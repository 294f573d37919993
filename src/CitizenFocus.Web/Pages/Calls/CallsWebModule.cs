using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CitizenFocus.Web.Pages.Calls;

/// <summary>Calls from the public: personal records, for the roles that work with them.</summary>
public sealed class CallsWebModule : IWebModule
{
    public string Name => "Calls";

    public void AddPages(PageConventionCollection pages) => pages.AuthorizeFolder("/Calls", Policies.PersonalRecords);

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapCallsApi();

    public IEnumerable<NavigationEntry> Navigation => [new(40, "Calls", "/Calls", Policies.PersonalRecords)];
}
