using CitizenFocus.Bench.Demo;
using CitizenFocus.Bench.Latency;

namespace CitizenFocus.Bench;

public static class BenchmarkCatalog
{
    public static IReadOnlyList<IBenchmark> All { get; } =
    [
        new DemoMetBenchmark(), new OrgLatencyBenchmark(), new Promises.SweepBenchmark(), new CrimeAnalysis.NearRepeatBenchmark(),
        new Performance.PackBenchmark(), new CrimeAnalysis.PoliceUkImportBenchmark(), new CrimeAnalysis.YtdBenchmark(),
        new Promises.DecidedClocksBenchmark(), new Promises.RecurringOpenBenchmark(),
    ];

    public static void PrintList(TextWriter writer)
    {
        writer.WriteLine("usage: dotnet run -c Release --project bench/CitizenFocus.Bench -- <name> [options]");
        writer.WriteLine();
        writer.WriteLine("Benchmarks:");
        foreach (var b in All)
            writer.WriteLine($"  {b.Name,-17} {b.Description}");
        writer.WriteLine();
        writer.WriteLine("Options:");
        writer.WriteLine("  --scale small|met      demo-met: the demo scale to generate (default met)");
        writer.WriteLine("  --seed N               demo seed (default the product's DefaultSeed); near-repeat: seed of the synthetic events");
        writer.WriteLine("  --postgres CONNSTRING  demo-met: run the product path on PostgreSQL (creates and drops cf_bench_<guid>);");
        writer.WriteLine("                         police-uk-import: also import into PostgreSQL; decided-clocks: also both sides on PostgreSQL");
        writer.WriteLine("  --sqlite-cache-mb N    demo-met diagnostic: SQLite page cache of N MB on product and reference connections (default 2 MB)");
        writer.WriteLine("  --rebuild              org-latency, pack: regenerate the cached met database under bench/.cache/");
        writer.WriteLine("  --no-build             org-latency: use the built CitizenFocus.Web.dll without building it first");
        writer.WriteLine("  --seconds N            org-latency: wrk duration per run (default 10)");
        writer.WriteLine("  --connections N        org-latency: wrk connections (default 16)");
    }
}
