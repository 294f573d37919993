using System.Diagnostics;
using CitizenFocus.Bench.Latency;
using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Bench.CrimeAnalysis;

/// <summary>
/// Issue 6: year to date per crime group and borough over the Met demo's crimes (about 0.85M a year), the
/// product's <see cref="YearToDateAnalysis"/> against the same counts by DuckDB.NET over the same rows in
/// the same run. The counts must agree exactly.
/// </summary>
public sealed class YtdBenchmark : IBenchmark
{
    private const int Runs = 3;

    public string Name => "ytd";
    public string Description => "year to date by borough and crime group on the Met demo; DuckDB over the same crimes as reference";

    public async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        Console.WriteLine($"ytd: {Machine.Describe()}");
        var file = await DemoDatabaseFile.MetAsync(options.Seed, options.Rebuild, ct);
        var connection = DatabaseSetup.SqliteConnectionString(file);
        DateOnly asOf;
        await using (var db = new CitizenFocusDb(DatabaseSetup.Options(DatabaseProvider.Sqlite, connection)))
            asOf = UkTime.DateOf(await db.Crimes.MaxAsync(c => c.CommittedAt, ct)).AddDays(-1);
        var period = AnalysisPeriod.FinancialYearToDate(asOf);
        var previous = period.YearEarlier();
        Console.WriteLine($"as of {asOf:yyyy-MM-dd}: {period} against {previous}");

        var productTimes = new List<double>();
        IReadOnlyList<YearToDateRow> rows = [];
        for (var run = 0; run <= Runs; run++)
        {
            await using var db = new CitizenFocusDb(DatabaseSetup.Options(DatabaseProvider.Sqlite, connection));
            var stopwatch = Stopwatch.StartNew();
            var result = await new YearToDateAnalysis(db, TimeProvider.System).RunAsync(OrgLevel.Borough, asOf: asOf, ct: ct);
            stopwatch.Stop();
            rows = result.Value;
            if (run > 0) productTimes.Add(stopwatch.Elapsed.TotalMilliseconds); // run 0 warms JIT and EF
        }
        var product = Median(productTimes);

        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        var (loaded, loadTime) = Load(duck, file, previous.FromUtc, period.ToUtc);
        var duckTimes = new List<double>();
        Dictionary<(int, int, int), long> counts = [];
        for (var run = 0; run <= Runs; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            counts = DuckCounts(duck, period, previous);
            stopwatch.Stop();
            if (run > 0) duckTimes.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
        var reference = Median(duckTimes);

        var boroughs = await BoroughIdsAsync(connection, ct);
        var groups = CrimeGroupMap.Default.Groups.ToDictionary(g => g.Code, g => g.Bit);
        var mismatches = rows.Count(r =>
            counts.GetValueOrDefault((0, boroughs[r.UnitCode], groups[r.GroupCode])) != r.Comparison.Count
            || counts.GetValueOrDefault((1, boroughs[r.UnitCode], groups[r.GroupCode])) != r.Comparison.PreviousCount);

        Console.WriteLine($"product ytd (boroughs x groups, {rows.Count} rows): {Format.Ms(product)} ms (median of {Runs})");
        Console.WriteLine($"DuckDB same counts: {Format.Ms(reference)} ms (median of {Runs}); load of {loaded:N0} crimes {loadTime.TotalMilliseconds:F0} ms");
        Console.WriteLine($"ratio product / DuckDB query: {Format.Ratio(product, reference)}; product / (DuckDB load + query): {Format.Ratio(product, loadTime.TotalMilliseconds + reference)}");
        Console.WriteLine($"counts that differ: {mismatches}");
        return mismatches == 0 ? 0 : 1;
    }

    /// <summary>The crimes of both periods, read from SQLite and appended (DuckDB's sqlite extension would need the internet).</summary>
    private static (long Rows, TimeSpan Elapsed) Load(DuckDBConnection duck, string file, DateTime fromUtc, DateTime toUtc)
    {
        var stopwatch = Stopwatch.StartNew();
        using (var create = duck.CreateCommand())
        {
            create.CommandText = "CREATE TABLE crimes (borough INTEGER, committed TIMESTAMP, groups INTEGER)";
            create.ExecuteNonQuery();
        }
        long rows = 0;
        using var lite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly }.ToString());
        lite.Open();
        using var command = lite.CreateCommand();
        command.CommandText = "SELECT BoroughId, CommittedAt, Groups FROM Crimes WHERE CommittedAt >= $from AND CommittedAt < $to AND Groups <> 0";
        command.Parameters.AddWithValue("$from", fromUtc.ToString("yyyy-MM-dd HH:mm:ss"));
        command.Parameters.AddWithValue("$to", toUtc.ToString("yyyy-MM-dd HH:mm:ss"));
        using var reader = command.ExecuteReader();
        using (var appender = duck.CreateAppender("crimes"))
        {
            while (reader.Read())
            {
                appender.CreateRow().AppendValue(reader.GetInt32(0)).AppendValue(reader.GetDateTime(1)).AppendValue(reader.GetInt32(2)).EndRow();
                rows++;
            }
        }
        return (rows, stopwatch.Elapsed);
    }

    /// <summary>(period 0 = this year, 1 = last; borough; group bit) → crimes.</summary>
    private static Dictionary<(int, int, int), long> DuckCounts(DuckDBConnection duck, AnalysisPeriod period, AnalysisPeriod previous)
    {
        using var command = duck.CreateCommand();
        command.CommandText = $"""
            SELECT CASE WHEN committed >= TIMESTAMP '{period.FromUtc:yyyy-MM-dd HH:mm:ss}' THEN 0 ELSE 1 END AS p, borough, b.bit, count(*)
            FROM crimes, range(0, {CrimeGroup.MaxGroups}) b(bit)
            WHERE ((committed >= TIMESTAMP '{period.FromUtc:yyyy-MM-dd HH:mm:ss}' AND committed < TIMESTAMP '{period.ToUtc:yyyy-MM-dd HH:mm:ss}')
                OR (committed >= TIMESTAMP '{previous.FromUtc:yyyy-MM-dd HH:mm:ss}' AND committed < TIMESTAMP '{previous.ToUtc:yyyy-MM-dd HH:mm:ss}'))
              AND (groups >> b.bit) & 1 = 1
            GROUP BY 1, 2, 3
            """;
        var counts = new Dictionary<(int, int, int), long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            counts[(reader.GetInt32(0), reader.GetInt32(1), (int)reader.GetInt64(2))] = reader.GetInt64(3);
        return counts;
    }

    private static async Task<Dictionary<string, int>> BoroughIdsAsync(string connection, CancellationToken ct)
    {
        await using var db = new CitizenFocusDb(DatabaseSetup.Options(DatabaseProvider.Sqlite, connection));
        return await db.Boroughs.ToDictionaryAsync(b => b.Code, b => b.Id, ct);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
