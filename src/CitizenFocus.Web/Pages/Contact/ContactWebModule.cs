using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CitizenFocus.Web.Pages.Contact;

/// <summary>
/// Messages to neighbourhood teams: the staff pages (personal records, at their /Messages
/// addresses), the staff and public APIs, and the public contact form under Public/.
/// </summary>
public sealed class ContactWebModule : IWebModule
{
    public string Name => "Contact";

    public void AddPages(PageConventionCollection pages) => pages
        .AuthorizeFolder("/Contact", Policies.PersonalRecords)
        .AllowAnonymousToFolder("/Contact/Public")
        .ServeFolderAt("/Contact", "/Messages");

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapContactApi();
        app.MapPublicContactApi();
    }

    public IEnumerable<NavigationEntry> Navigation => [new(30, "Messages", "/Messages", Policies.PersonalRecords)];
}
