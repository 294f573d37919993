using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CitizenFocus.Web.Pages.CrimeAnalysis;

/// <summary>The crime analyses and the open-data page, at their /Crime addresses.</summary>
public sealed class CrimeAnalysisWebModule : IWebModule
{
    public string Name => "CrimeAnalysis";

    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddScoped<CrimeUnits>();

    public void AddPages(PageConventionCollection pages) => pages
        .AuthorizeFolder("/CrimeAnalysis", Policies.Compliance)
        .ServeFolderAt("/CrimeAnalysis", "/Crime");

    public IEnumerable<NavigationEntry> Navigation => [new(90, "Crime analysis", "/Crime", Policies.Compliance)];
}
