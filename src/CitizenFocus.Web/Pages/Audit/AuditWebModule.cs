using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CitizenFocus.Web.Pages.Audit;

/// <summary>The audit trail, for administrators.</summary>
public sealed class AuditWebModule : IWebModule
{
    public string Name => "Audit";

    public void AddPages(PageConventionCollection pages) => pages.AuthorizeFolder("/Audit", Policies.Administration);

    public IEnumerable<NavigationEntry> Navigation => [new(100, "Audit trail", "/Audit", Policies.Administration)];
}
