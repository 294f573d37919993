using System.Globalization;
using CitizenFocus.Bench.Demo;
using CitizenFocus.Data;
using CitizenFocus.Promises;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Bench.Promises;

/// <summary>
/// Issue 11's first target: 1,000,000 decided clocks (999 calls answered within 10 seconds or not)
/// written by <see cref="Clocks.RecordDecidedAsync"/> at no less than 0.75 times the rows/s of a plain
/// prepared INSERT of the same rows into the same table (<see cref="PlainClockInsert"/>), in the same run.
/// </summary>
public sealed class DecidedClocksBenchmark : IBenchmark
{
    private const int Rows = 1_000_000;
    private const int WarmUpRows = 20_000;
    private const int Rounds = 3;
    private const double Target = 0.75;
    private const int Boroughs = 32, Wards = 630;
    private const int StandardId = 50;
    private const string Code = "BENCH-999-ANSWER-10S";
    private static readonly TimeSpan AnswerTarget = TimeSpan.FromSeconds(10);
    private static readonly string[] Grades = ["Immediate", "Significant", "Extended", "Referred"];

    public string Name => "decided-clocks";
    public string Description => "1,000,000 decided clocks by Clocks.RecordDecidedAsync: rows/s against a plain prepared INSERT (target >= 0.75 on SQLite)";

    private static ServiceStandard Standard() => new()
    {
        Id = StandardId, Code = Code, Name = "Answer 999 calls within 10 seconds", Target = AnswerTarget,
        Calendar = CalendarKind.AroundTheClock, WarningFraction = 0.75, TargetShare = 0.9, Dimensions = "grade,vulnerable",
    };

    /// <summary>What the generated calls must come to: the product's clocks are counted against this before any figure is reported.</summary>
    private sealed record Outcomes(long Met, long Breached, long NotApplicable)
    {
        public long Total => Met + Breached + NotApplicable;
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Met:N0} met, {Breached:N0} breached, {NotApplicable:N0} not applicable");
    }

    public async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        Console.WriteLine($"decided-clocks: {Machine.Describe()}");
        var expected = Expected(Rows, options.Seed);
        Console.WriteLine($"{Rows:N0} 999 calls over about a year, 32 boroughs, 630 wards, grade and vulnerability recorded: {expected}");

        // Warm-up on a small run of both sides (JIT, EF's model), whose stored rows are compared too.
        await SqliteRoundAsync(WarmUpRows, options.Seed + 1, Expected(WarmUpRows, options.Seed + 1), compare: true, ct);

        var product = new List<Timed>();
        var reference = new List<Timed>();
        for (var round = 1; round <= Rounds; round++)
        {
            // The two sides in turn, so that a change in the machine's load falls on both; the first round compares every stored row.
            var (p, r) = await SqliteRoundAsync(Rows, options.Seed, expected, compare: round == 1, ct);
            product.Add(p);
            reference.Add(r);
            Console.WriteLine($"round {round}: reference {Rate(r):N0} rows/s, {r}; product {Rate(p):N0} rows/s, {p}; ratio {Format.Ratio(Rate(p), Rate(r))}; " +
                $"load {Machine.LoadAverage()}");
        }

        List<Timed>? pgProduct = null, pgReference = null;
        if (options.Postgres is not null)
        {
            (pgProduct, pgReference) = ([], []);
            for (var round = 1; round <= Rounds; round++)
            {
                var (p, r) = await PostgresRoundAsync(options.Postgres, options.Seed, expected, ct);
                pgProduct.Add(p);
                pgReference.Add(r);
                Console.WriteLine($"PostgreSQL round {round}: reference COPY {Rate(r):N0} rows/s, {r}; product {Rate(p):N0} rows/s, {p}; " +
                    $"ratio {Format.Ratio(Rate(p), Rate(r))}");
            }
        }

        var productRates = new Spread(product.Select(Rate));
        var referenceRates = new Spread(reference.Select(Rate));
        var ratio = productRates.Median / referenceRates.Median;
        Console.WriteLine();
        Console.WriteLine($"{Rows:N0} decided clocks on SQLite, {Rounds} rounds, each side into a fresh migrated file in one transaction:");
        Console.WriteLine($"  product, Clocks.RecordDecidedAsync: rows/s {productRates.Describe()}; times {Times(product)}");
        Console.WriteLine($"  reference, plain prepared INSERT: rows/s {referenceRates.Describe()}; times {Times(reference)}");
        Console.WriteLine($"  ratio product / reference rows/s: {ratio:F2} (medians); per round {string.Join(", ", product.Zip(reference, (p, r) => Format.Ratio(Rate(p), Rate(r))))}");
        if (pgProduct is not null && pgReference is not null)
        {
            var pgProductRates = new Spread(pgProduct.Select(Rate));
            var pgReferenceRates = new Spread(pgReference.Select(Rate));
            Console.WriteLine($"PostgreSQL: product rows/s {pgProductRates.Describe()}; reference binary COPY rows/s {pgReferenceRates.Describe()}; " +
                $"ratio {pgProductRates.Median / pgReferenceRates.Median:F2} (medians)");
        }
        Console.WriteLine($"load average at the end: {Machine.LoadAverage()}");
        Console.WriteLine($"target: product at least {Target:F2} x the reference's rows/s on SQLite: {(ratio >= Target ? "met" : "MISSED")}");
        return ratio >= Target ? 0 : 1;
    }

    private static double Rate(Timed t) => Rows / t.Wall.TotalSeconds;

    private static string Times(IEnumerable<Timed> runs) => string.Join(", ", runs.Select(r => r.ToString()));

    /// <summary>One round on SQLite: the reference, then the product, each into its own fresh migrated file; optionally every stored row compared.</summary>
    private static async Task<(Timed Product, Timed Reference)> SqliteRoundAsync(int rows, int seed, Outcomes expected, bool compare,
        CancellationToken ct)
    {
        await using var referenceDb = BenchDatabase.CreateSqlite("decided_reference");
        await using var productDb = BenchDatabase.CreateSqlite("decided");
        await PrepareAsync(referenceDb, ct);
        await PrepareAsync(productDb, ct);

        long written = 0;
        var reference = Timed.Measure(() => written = PlainClockInsert.Sqlite(referenceDb.ConnectionString, ReferenceRows(Calls(rows, seed)), ct));
        if (written != rows) throw new InvalidOperationException($"the reference wrote {written:N0} rows");
        await CheckAsync(referenceDb, "reference", expected, ct);

        var product = await ProductAsync(productDb, rows, seed, ct);
        await CheckAsync(productDb, "product", expected, ct);
        if (compare) Compare(productDb, referenceDb, rows);
        return (product, reference);
    }

    private static async Task<(Timed Product, Timed Reference)> PostgresRoundAsync(string admin, int seed, Outcomes expected, CancellationToken ct)
    {
        await using var referenceDb = await BenchDatabase.CreatePostgresAsync(admin, ct);
        await using var productDb = await BenchDatabase.CreatePostgresAsync(admin, ct);
        await PrepareAsync(referenceDb, ct);
        await PrepareAsync(productDb, ct);

        long written = 0;
        var reference = await Timed.MeasureAsync(async () =>
            written = await PlainClockInsert.PostgresAsync(referenceDb.ConnectionString, ReferenceRows(Calls(Rows, seed)), ct));
        if (written != Rows) throw new InvalidOperationException($"the reference wrote {written:N0} rows");
        await CheckAsync(referenceDb, "reference", expected, ct);
        var product = await ProductAsync(productDb, Rows, seed, ct);
        await CheckAsync(productDb, "product", expected, ct);
        return (product, reference);
    }

    private static async Task PrepareAsync(BenchDatabase database, CancellationToken ct)
    {
        await using var db = database.OpenContext();
        await DatabaseSetup.MigrateAsync(db, ct);
        db.ServiceStandards.Add(Standard());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The product: the calls' clocks through the promise engine's public face, in the transaction it opens itself.</summary>
    private static async Task<Timed> ProductAsync(BenchDatabase database, int rows, int seed, CancellationToken ct)
    {
        await using var db = database.OpenContext();
        long written = 0;
        var timed = await Timed.MeasureAsync(async () =>
            written = await new Clocks(db, TimeProvider.System).RecordDecidedAsync(Code, Calls(rows, seed), progress: null, ct));
        if (written != rows) throw new InvalidOperationException($"the product reports {written:N0} clocks, not {rows:N0}");
        return timed;
    }

    /// <summary>The stored clocks, counted by outcome, must be what the calls come to.</summary>
    private static async Task CheckAsync(BenchDatabase database, string side, Outcomes expected, CancellationToken ct)
    {
        await using var db = database.OpenContext();
        var counts = await db.Clocks.AsNoTracking().Where(c => c.StandardId == StandardId)
            .GroupBy(c => new { c.Outcome, c.Status })
            .Select(g => new { g.Key.Outcome, g.Key.Status, Count = g.LongCount() })
            .ToListAsync(ct);
        long Of(ClockOutcome outcome) => counts.Where(c => c.Outcome == outcome && c.Status == ClockStatus.Ended).Sum(c => c.Count);
        var stored = new Outcomes(Of(ClockOutcome.Met), Of(ClockOutcome.Breached), Of(ClockOutcome.NotApplicable));
        if (stored != expected || counts.Sum(c => c.Count) != expected.Total)
            throw new InvalidOperationException($"{side}: expected {expected}, the table holds {stored} ({counts.Sum(c => c.Count):N0} clocks)");
    }

    /// <summary>Every row of the product's table must be in the reference's, column for column (same count, unique ids: the same table).</summary>
    private static void Compare(BenchDatabase product, BenchDatabase reference, int rows)
    {
        using var connection = new SqliteConnection(product.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "ATTACH DATABASE $file AS ref";
        command.Parameters.AddWithValue("$file", reference.SqliteFile);
        command.ExecuteNonQuery();
        command.Parameters.Clear();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM main."Clocks"), (SELECT COUNT(*) FROM ref."Clocks"),
                (SELECT COUNT(*) FROM (SELECT * FROM main."Clocks" EXCEPT SELECT * FROM ref."Clocks"))
            """;
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            var (a, b, differ) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
            if (a != rows || b != rows || differ != 0)
                throw new InvalidOperationException($"product and reference differ: {a:N0} and {b:N0} rows, {differ:N0} of the product's not in the reference");
        }
        command.CommandText = "DETACH DATABASE ref";
        command.ExecuteNonQuery();
        Console.WriteLine($"the product's {rows:N0} rows equal the reference's, every column");
    }

    /// <summary>
    /// 999 calls over about a year, a few seconds to a minute apart: most answered within 10 seconds, some
    /// later, one in a hundred abandoned (not applicable); each with its borough and ward, its grade, and
    /// whether the caller was vulnerable. Deterministic for a seed, so both sides get the same calls.
    /// </summary>
    private static IEnumerable<DecidedClock> Calls(int rows, int seed)
    {
        var random = new Random(seed);
        var received = new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 1; i <= rows; i++)
        {
            received = received.AddMilliseconds(1_000 + random.Next(60_000));
            var answerMs = random.Next(100) < 88 ? 500 + random.Next(9_501) : 10_001 + random.Next(50_000);
            var abandoned = random.Next(100) == 0;
            var ward = 1 + random.Next(Wards);
            var dimensions = new Dictionary<string, string>(2)
            {
                ["grade"] = Grades[random.Next(Grades.Length)],
                ["vulnerable"] = random.Next(5) == 0 ? "yes" : "no",
            };
            var subject = new ClockSubject("Call", string.Create(CultureInfo.InvariantCulture, $"CAD{i:D7}"), 1 + (ward - 1) % Boroughs, ward,
                null, null, Dimensions: dimensions);
            yield return new DecidedClock(subject, received, received.AddMilliseconds(answerMs), abandoned ? ClockOutcome.NotApplicable : null);
        }
    }

    private static Outcomes Expected(int rows, int seed)
    {
        long met = 0, breached = 0, na = 0;
        foreach (var call in Calls(rows, seed))
        {
            if (call.Outcome == ClockOutcome.NotApplicable) na++;
            else if (call.EndedAt - call.StartedAt <= AnswerTarget) met++;
            else breached++;
        }
        return new Outcomes(met, breached, na);
    }

    /// <summary>The reference's rows, worked out by hand: due 10 seconds after the call, warning at three quarters of that.</summary>
    private static IEnumerable<Clock> ReferenceRows(IEnumerable<DecidedClock> calls)
    {
        long id = 0;
        var warnAfter = TimeSpan.FromTicks(AnswerTarget.Ticks * 3 / 4);
        foreach (var call in calls)
        {
            var s = call.Subject;
            var due = call.StartedAt + AnswerTarget;
            var outcome = call.Outcome ?? (call.EndedAt <= due ? ClockOutcome.Met : ClockOutcome.Breached);
            yield return new Clock
            {
                Id = ++id, StandardId = StandardId, RecordType = s.RecordType, RecordId = s.RecordId, BoroughId = s.BoroughId, WardId = s.WardId,
                Dimension1 = s.Dimensions!["grade"], Dimension2 = s.Dimensions["vulnerable"], Status = ClockStatus.Ended,
                StartedAt = call.StartedAt, WarnAt = call.StartedAt + warnAfter, DueAt = due, EndedAt = call.EndedAt, Outcome = outcome,
                BreachedAt = outcome == ClockOutcome.Breached ? due : null,
            };
        }
    }
}
