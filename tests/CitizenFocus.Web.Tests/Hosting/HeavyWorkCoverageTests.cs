using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Web.Tests.Hosting;

/// <summary>What counts as heavy work is the list docs/security.md gives, and a new page running a heavy analysis cannot forget the mark.</summary>
[Collection(SqliteApp.Name)]
public sealed class HeavyWorkCoverageTests(SqliteAppFixture fixture)
{
    /// <summary>The analyses whose cost grows with what is asked for: permutations over pairs, grids of cells, scans of every crime of a period.</summary>
    private static readonly Type[] HeavyAnalyses =
        [typeof(NearRepeatAnalysis), typeof(HotStreetAnalysis), typeof(RepeatVictimAnalysis), typeof(CrossTypeOffenderAnalysis)];

    [Fact]
    public void The_heavy_pages_and_endpoints_are_the_documented_ones()
    {
        var heavy = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HeavyWorkAttribute>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            ["/Crime/HotStreets", "/Crime/NearRepeat", "/Crime/Offenders", "/Crime/RepeatVictims", "/Performance/Download", "/api/performance"],
            heavy);
    }

    [Fact]
    public void Every_page_that_runs_a_heavy_analysis_is_marked_heavy_work()
    {
        var unmarked = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract)
            .Where(t => t.GetConstructors().Any(c => c.GetParameters().Any(p => HeavyAnalyses.Contains(p.ParameterType))))
            .Where(t => !t.IsDefined(typeof(HeavyWorkAttribute), inherit: true))
            .Select(t => t.FullName).ToList();

        Assert.True(unmarked.Count == 0, "Mark these [HeavyWork]: " + string.Join(", ", unmarked));
    }
}
