using System.Diagnostics;
using CitizenFocus.Audit;
using CitizenFocus.Data;
using CitizenFocus.Demo;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Bench.Demo;

/// <summary>
/// Generates the demo force through the product path (DemoGenerator: EF for the organisation,
/// BulkInserter for activity) and then writes the same activity rows with plain prepared
/// INSERTs into a second fresh database, so the ratio says what the product path costs over
/// the floor on this machine.
/// </summary>
public sealed class DemoMetBenchmark : IBenchmark
{
    private static readonly TimeSpan Target = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);

    public string Name => "demo-met";

    public string Description =>
        "Met-scale demo generation (DemoGenerator) vs a plain prepared-statement insert of the same rows; target <= 5 min. --scale small for a quick run.";

    public async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        Console.WriteLine($"demo-met: scale {options.Scale}, seed {options.Seed}, {Machine.Describe()}");

        // The product path, as the CLI and the web app's first start run it.
        await using var productDb = options.Postgres is null
            ? BenchDatabase.CreateSqlite("product")
            : await BenchDatabase.CreatePostgresAsync(options.Postgres, ct);
        Console.WriteLine($"product:   DemoGenerator.GenerateAsync into {productDb.Describe()}");
        var cache = options.SqliteCacheMb is { } mb ? new SqliteCacheSize(mb) : null;
        Console.WriteLine(cache is null ? "SQLite page cache: default (2 MB)" : $"SQLite page cache: {options.SqliteCacheMb} MB on every connection (--sqlite-cache-mb, diagnostic)");
        DemoSummary summary;
        DateTime now;
        StageClock productClock;
        await using (var db = productDb.OpenContext(cache))
        {
            await DatabaseSetup.MigrateAsync(db, ct);
            productClock = new StageClock("product", ProgressEvery);
            summary = await new DemoGenerator(db, TimeProvider.System, new AuditLog(db, TimeProvider.System, AuditKeyring.Of(AuditKeyring.NewKey()))).GenerateAsync(options.Scale, options.Seed, productClock, ct);
            productClock.Finish();
            // The reference must write identical rows, so it takes the generation time the product used.
            now = await db.DemoRuns.Select(r => r.GeneratedAt).SingleAsync(ct);
        }
        var productSize = productDb.SizeOnDisk();

        // The reference: same generator, same rows, same tables, hand-written inserts.
        await using var referenceDb = BenchDatabase.CreateSqlite("reference");
        Console.WriteLine($"reference: plain prepared INSERTs into {referenceDb.Describe()}");
        var org = DemoOrganisation.Build(options.Scale, options.Seed, now);
        await using (var db = referenceDb.OpenContext())
        {
            await DatabaseSetup.MigrateAsync(db, ct);
            await SeedOrganisationAsync(db, org, ct);
        }
        var referenceClock = new StageClock("reference", ProgressEvery);
        var stopwatch = Stopwatch.StartNew();
        var counts = PlainSqliteInsert.Run(referenceDb.ConnectionString, new DemoActivity(org, options.Seed, now), cache, referenceClock, ct);
        stopwatch.Stop();
        referenceClock.Finish();
        var referenceSize = referenceDb.SizeOnDisk();

        // Generating the rows without writing them: how much of either path is the generator itself.
        Console.WriteLine("generator alone: enumerating the same activity rows without a database");
        var generatorClock = new StageClock("generator", ProgressEvery);
        var generatorWatch = Stopwatch.StartNew();
        var generated = GenerateOnly(new DemoActivity(org, options.Seed, now), generatorClock);
        generatorWatch.Stop();
        generatorClock.Finish();

        var same = counts.Calls == summary.Calls && counts.Crimes == summary.Crimes && counts.SurveyAnswers == summary.SurveyAnswers;
        var differences = new List<string>();
        if (productDb.SqliteFile is not null)
        {
            differences.AddRange(RowSample.Differences(productDb.ConnectionString, referenceDb.ConnectionString, "Calls", summary.Calls));
            differences.AddRange(RowSample.Differences(productDb.ConnectionString, referenceDb.ConnectionString, "Crimes", summary.Crimes));
            differences.AddRange(RowSample.Differences(productDb.ConnectionString, referenceDb.ConnectionString, "SurveyAnswers", summary.SurveyAnswers));
        }

        var referenceRate = counts.Total / stopwatch.Elapsed.TotalSeconds;
        var productStages = productClock.Stages().ToDictionary(s => s.Stage, s => s.Duration);
        var referenceStages = referenceClock.Stages().ToDictionary(s => s.Stage, s => s.Duration);
        var generatorStages = generatorClock.Stages().ToDictionary(s => s.Stage, s => s.Duration);
        // Like for like: the product's time in the stages the reference also writes.
        var productShared = PlainSqliteInsert.Stages.Aggregate(TimeSpan.Zero, (t, stage) => t + productStages.GetValueOrDefault(stage));

        Console.WriteLine();
        Console.WriteLine($"== demo-met ({options.Scale}, seed {options.Seed}, product on {productDb.Provider}"
            + $"{(cache is null ? "" : $", --sqlite-cache-mb {options.SqliteCacheMb}")}) ==");
        Console.WriteLine($"product   elapsed {Format.Duration(summary.Elapsed)}, {summary.TotalRows:N0} rows, {Format.Rate(summary.RowsPerSecond)}"
            + (productSize > 0 ? $", {Format.Megabytes(productSize)}" : ""));
        Console.WriteLine($"          {summary.Areas} areas, {summary.Boroughs} boroughs, {summary.Wards} wards, {summary.Teams} teams, {summary.Staff:N0} staff; "
            + $"{summary.Calls:N0} calls, {summary.Crimes:N0} crimes, {summary.SurveyAnswers:N0} survey answers, "
            + $"{summary.TeamMessages:N0} team messages, {summary.ClockRows:N0} clock rows");
        Console.WriteLine($"reference elapsed {Format.Duration(stopwatch.Elapsed)}, {counts.Total:N0} rows (calls, crimes, survey answers), {Format.Rate(referenceRate)}"
            + $", {Format.Megabytes(referenceSize)} (organisation seeded beforehand, untimed)");
        Console.WriteLine($"ratio product/reference rows/s, whole run:           {Format.Ratio(summary.RowsPerSecond, referenceRate)}");
        Console.WriteLine($"ratio product/reference rows/s, same tables only:    {Format.Ratio(counts.Total / Math.Max(productShared.TotalSeconds, 1e-9), referenceRate)}"
            + $"   (product {Format.Duration(productShared)} vs reference {Format.Duration(stopwatch.Elapsed)} for the same {counts.Total:N0} rows)");
        Console.WriteLine($"generator alone (no database): {Format.Duration(generatorWatch.Elapsed)}, {generated:N0} rows, "
            + $"{Format.Rate(generated / generatorWatch.Elapsed.TotalSeconds)}; share of reference time {Format.Ratio(generatorWatch.Elapsed.TotalSeconds, stopwatch.Elapsed.TotalSeconds)}");
        Console.WriteLine();
        Console.WriteLine("by stage                product                 reference               generator alone         ratio rows/s product/reference");
        var beforeOrganisation = summary.Elapsed - productStages.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        Console.WriteLine($"  {"(build, hash)",-20}  {Format.Duration(beforeOrganisation),8}   building the organisation in memory and hashing demo passwords");
        foreach (var (stage, _) in productClock.Stages())
        {
            var p = productStages[stage];
            var rows = stage == "organisation" ? summary.TotalRows - productClock.Stages().Where(x => x.Stage != stage).Sum(x => productClock.Rows(x.Stage))
                : productClock.Rows(stage);
            var line = $"  {stage,-20}  {Format.Duration(p),8} {Format.Rate(rows / Math.Max(p.TotalSeconds, 1e-9)),12}";
            if (referenceStages.TryGetValue(stage, out var r))
            {
                var g = generatorStages.GetValueOrDefault(stage);
                line += $"   {Format.Duration(r),8} {Format.Rate(rows / Math.Max(r.TotalSeconds, 1e-9)),12}"
                    + $"   {Format.Duration(g),8} {Format.Rate(rows / Math.Max(g.TotalSeconds, 1e-9)),12}   {Format.Ratio(r.TotalSeconds, p.TotalSeconds)}";
            }
            else
            {
                line += stage == "organisation" ? "   (EF, one transaction)" : "   (no reference)";
            }
            Console.WriteLine(line);
        }
        Console.WriteLine();
        Console.WriteLine($"same rows: counts {(same ? "equal" : "DIFFER")}"
            + (productDb.SqliteFile is null ? "; values not compared on PostgreSQL" : $"; sampled values {(differences.Count == 0 ? "equal" : "DIFFER")}"));
        foreach (var d in differences) Console.WriteLine("  " + d);

        Console.WriteLine($"load average at the end: {Machine.LoadAverage()}");
        var met = options.Scale != DemoScale.Met || summary.Elapsed <= Target;
        Console.WriteLine(options.Scale == DemoScale.Met
            ? $"target: Met demo in at most {Format.Duration(Target)}: {Format.Duration(summary.Elapsed)}, {(met ? "met" : "MISSED")}"
            : "target: applies to --scale met only");
        return met && same && differences.Count == 0 ? 0 : 1;
    }

    private static long GenerateOnly(DemoActivity activity, IProgress<DemoProgress> progress)
    {
        long total = 0;
        foreach (var (stage, rows) in new (string, IEnumerable<object>)[]
                 { ("calls", activity.Calls()), ("crimes", activity.Crimes()), ("survey answers", activity.SurveyAnswers()) })
        {
            progress.Report(new DemoProgress(stage, 0));
            long count = 0;
            foreach (var _ in rows)
                if (++count % 50_000 == 0) progress.Report(new DemoProgress(stage, count));
            total += count;
        }
        return total;
    }

    /// <summary>The organisation rows the activity refers to, written through EF like the product does; not timed.</summary>
    private static async Task SeedOrganisationAsync(CitizenFocusDb db, DemoOrganisation org, CancellationToken ct)
    {
        db.Forces.Add(org.Force);
        db.PeerForces.AddRange(org.Peers);
        db.Areas.AddRange(org.Areas);
        db.Boroughs.AddRange(org.Boroughs);
        db.Wards.AddRange(org.Wards);
        db.Teams.AddRange(org.Teams);
        db.TeamMembers.AddRange(org.Members);
        db.PartnerAgencies.AddRange(org.Partners);
        db.Postcodes.AddRange(org.Postcodes);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
