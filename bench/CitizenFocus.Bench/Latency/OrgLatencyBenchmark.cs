using CitizenFocus.Data;
using CitizenFocus.Demo;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Bench.Latency;

/// <summary>
/// Latency of the ward page and the staff search under load, at small and at Met scale, each beside
/// /health measured in the same run; the figure that matters is the p95 ratio Met/small per page.
/// </summary>
public sealed class OrgLatencyBenchmark : IBenchmark
{
    private const double Target = 1.5;

    /// <summary>A surname prefix that many demo staff share (Smith, and any other SMI...).</summary>
    private const string StaffQuery = "SMI";

    public string Name => "org-latency";

    public string Description =>
        "Ward page and staff search latency (wrk, signed in) at met vs small scale, each beside /health; target p95 met/small <= 1.5.";

    public async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        if (!File.Exists(Wrk.Executable)) throw new InvalidOperationException($"{Wrk.Executable} is missing (apt-get install -y wrk).");
        Console.WriteLine($"org-latency: wrk -t2 -c{options.Connections} -d{options.Seconds}s, seed {options.Seed}, {Machine.Describe()}");
        var dll = await WebApp.BuildAsync(options.NoBuild, ct);

        var met = await DemoDatabaseFile.MetAsync(options.Seed, options.Rebuild, ct);
        var small = await DemoDatabaseFile.SmallAsync(options.Seed, ct);
        var results = new List<(DemoScale Scale, string Page, LatencyFigures Reference, LatencyFigures Figures)>();
        try
        {
            // Both hosts run side by side (the idle one costs nothing) and each page is measured at small
            // then at Met scale straight after, so a change in what else the machine is doing lands on both.
            var sites = new List<(DemoScale Scale, WebApp App, string Cookie, (string Name, string Path)[] Pages)>();
            try
            {
                foreach (var (scale, file) in new[] { (DemoScale.Small, small), (DemoScale.Met, met) })
                {
                    var (wardCode, staffCount, matching) = await DescribeAsync(file, ct);
                    Console.WriteLine($"{ScaleName(scale)}: {staffCount:N0} staff, {matching:N0} with a surname starting {StaffQuery}; ward {wardCode}");
                    var app = await WebApp.StartAsync(dll, file, ct);
                    sites.Add((scale, app, await StaffSession.SignInAsync(app.BaseAddress, ct),
                        [("ward", $"/Organisation/Wards/{wardCode}"), ("staff search", $"/Staff?q={StaffQuery}")]));
                }
                for (var page = 0; page < sites[0].Pages.Length; page++)
                {
                    foreach (var (scale, app, cookie, pages) in sites)
                    {
                        var (name, path) = pages[page];
                        // One request first: proves the cookie gives a 200 rather than a redirect, and compiles the page's queries.
                        var chars = await StaffSession.CheckPageAsync(app.BaseAddress, path, cookie, ct);
                        Console.WriteLine($"  {ScaleName(scale)}: measuring {name} {path} ({chars:N0} chars) beside /health, load average {Machine.LoadAverage()}");
                        var (reference, figures) = await new Wrk(options.Connections, options.Seconds, cookie)
                            .MeasureAsync(new Uri(app.BaseAddress, "/health"), new Uri(app.BaseAddress, path), ct);
                        Console.WriteLine($"    reference /health: {reference}");
                        Console.WriteLine($"    page {name,-12}: {figures}");
                        Console.WriteLine($"    p95 ratio page//health: {Format.Ratio(figures.P95, reference.P95)}");
                        results.Add((scale, name, reference, figures));
                    }
                }
            }
            finally
            {
                foreach (var site in sites) await site.App.DisposeAsync();
            }
        }
        finally
        {
            DemoDatabaseFile.Delete(small);
        }

        Console.WriteLine();
        Console.WriteLine($"== org-latency (wrk -t2 -c{options.Connections} -d{options.Seconds}s, signed in as {StaffSession.DemoAdmin}) ==");
        Console.WriteLine("scale  page           p50 ms   p95 ms   p99 ms   requests  errors   /health p95   p95 page//health");
        foreach (var r in results)
            Console.WriteLine($"{ScaleName(r.Scale),-6} {r.Page,-12} {Format.Ms(r.Figures.P50),8} {Format.Ms(r.Figures.P95),8} {Format.Ms(r.Figures.P99),8}"
                + $" {r.Figures.Requests,10:N0} {r.Figures.Errors,7:N0} {Format.Ms(r.Reference.P95),13}   {Format.Ratio(r.Figures.P95, r.Reference.P95),16}");
        Console.WriteLine();
        Console.WriteLine($"load average at the end: {Machine.LoadAverage()}");
        var allMet = true;
        foreach (var page in results.Select(r => r.Page).Distinct())
        {
            var s = results.Single(r => r.Page == page && r.Scale == DemoScale.Small);
            var m = results.Single(r => r.Page == page && r.Scale == DemoScale.Met);
            var ratio = m.Figures.P95 / Math.Max(s.Figures.P95, 1e-9);
            var ok = ratio <= Target && m.Figures.Errors == 0 && s.Figures.Errors == 0;
            allMet &= ok;
            Console.WriteLine($"p95 ratio met/small {page,-12}: {Format.Ratio(m.Figures.P95, s.Figures.P95)}"
                + $"  (normalised by /health: {Format.Ratio(m.Figures.P95 / m.Reference.P95, s.Figures.P95 / s.Reference.P95)})"
                + $"  target <= {Target}: {(ok ? "met" : "MISSED")}");
        }
        return allMet ? 0 : 1;
    }

    private static string ScaleName(DemoScale scale) => scale.ToString().ToLowerInvariant();

    private static async Task<(string WardCode, int Staff, int Matching)> DescribeAsync(string file, CancellationToken ct)
    {
        await using var db = new CitizenFocusDb(DatabaseSetup.Options(DatabaseProvider.Sqlite, DatabaseSetup.SqliteConnectionString(file)));
        var ward = await db.Wards.OrderBy(w => w.Id).Select(w => w.Code).FirstAsync(ct);
        var staff = await db.TeamMembers.CountAsync(ct);
        var matching = await db.TeamMembers.CountAsync(m => m.SearchName.StartsWith(StaffQuery), ct);
        return (ward, staff, matching);
    }
}
