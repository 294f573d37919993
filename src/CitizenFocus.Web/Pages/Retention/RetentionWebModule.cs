using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CitizenFocus.Web.Pages.Retention;

/// <summary>Personal data's rights: subject access requests, for administrators (the force's disclosure team).</summary>
public sealed class RetentionWebModule : IWebModule
{
    public string Name => "Retention";

    public void AddPages(PageConventionCollection pages) => pages.AuthorizeFolder("/Retention", Policies.Administration);

    public IEnumerable<NavigationEntry> Navigation => [new(101, "Subject access", "/SubjectAccess", Policies.Administration)];
}
