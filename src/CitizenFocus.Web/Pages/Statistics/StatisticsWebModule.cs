using CitizenFocus.Statistics.Performance;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CitizenFocus.Web.Pages.Statistics;

/// <summary>The performance pack: its pages (at their /Performance addresses), its API and its cache.</summary>
public sealed class StatisticsWebModule : IWebModule
{
    public string Name => "Statistics";

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PackPage>();
        builder.Services.AddSingleton<PerformanceCache>();
        builder.Services.AddOptions<PerformanceOptions>().BindConfiguration(PerformanceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
    }

    public void AddPages(PageConventionCollection pages) => pages
        .AuthorizeFolder("/Statistics", Policies.Compliance)
        .ServeFolderAt("/Statistics", "/Performance");

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapStatisticsApi();

    public IEnumerable<NavigationEntry> Navigation => [new(80, "Performance", "/Performance", Policies.Compliance)];
}
