using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CitizenFocus.Web.Pages.Retention;

/// <summary>Personal data through its life, for administrators: subject access requests and the retention rules.</summary>
public sealed class RetentionWebModule : IWebModule
{
    public string Name => "Retention";

    public void AddPages(PageConventionCollection pages) => pages.AuthorizeFolder("/Retention", Policies.Administration);

    public IEnumerable<NavigationEntry> Navigation =>
    [
        new(101, "Subject access", "/SubjectAccess", Policies.Administration),
        new(103, "Retention rules", "/Retention/Rules", Policies.Administration),
    ];
}
