using System.Diagnostics;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;

namespace CitizenFocus.Bench.Promises;

/// <summary>
/// Issue 4's target: a sweep over 1,000,000 open clocks of which 1,000 are due takes at most twice
/// the sweep over 10,000 open clocks with the same 1,000 due (the reference, same run, same machine).
/// </summary>
public sealed class SweepBenchmark : IBenchmark
{
    private const int Due = 1_000;
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    public string Name => "sweep";
    public string Description => "clock sweep: 1,000,000 open clocks with 1,000 due, against 10,000 open with 1,000 due (target ratio <= 2)";

    private sealed class FixedTime(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc);
    }

    public async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        await MeasureAsync(Due, ct); // warm-up: JIT and EF model building land here, not on the reference
        var reference = await MeasureAsync(10_000, ct);
        var large = await MeasureAsync(1_000_000, ct);
        var ratio = large.TotalMilliseconds / reference.TotalMilliseconds;
        Console.WriteLine($"sweep 10,000 open / {Due:N0} due (reference): {reference.TotalMilliseconds:F0} ms");
        Console.WriteLine($"sweep 1,000,000 open / {Due:N0} due: {large.TotalMilliseconds:F0} ms");
        Console.WriteLine($"ratio 1,000,000 / 10,000: {ratio:F2} (target <= 2)");
        return ratio <= 2 ? 0 : 1;
    }

    private static async Task<TimeSpan> MeasureAsync(int open, CancellationToken ct)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cf_bench_sweep_{Guid.NewGuid():N}.db");
        var connection = DatabaseSetup.SqliteConnectionString(file);
        try
        {
            await using (var db = new CitizenFocusDb(DatabaseSetup.Options(DatabaseProvider.Sqlite, connection)))
            {
                await DatabaseSetup.MigrateAsync(db, ct);
                db.Forces.Add(new Force { Id = 1, Code = "F", Name = "Force" });
                db.Areas.Add(new Area { Id = 1, ForceId = 1, Code = "A", Name = "Area" });
                db.Boroughs.Add(new Borough { Id = 1, AreaId = 1, Code = "B", Name = "Borough" });
                db.Wards.Add(new Ward { Id = 1, BoroughId = 1, Code = "W", Name = "Ward", Population = 10_000 });
                db.Teams.Add(new NeighbourhoodTeam { Id = 1, BoroughId = 1, WardId = 1, Kind = TeamKind.WardTeam, Name = "Team", Slug = "team" });
                db.TeamMembers.Add(new TeamMember { Id = 1, TeamId = 1, Role = StaffRole.Sergeant, StaffNumber = "S1", GivenName = "S", FamilyName = "One", Email = "s@police.example" });
                await db.SaveChangesAsync(ct);
                await BulkInserter.InsertAsync(db, Clocks(open), null, ct);
            }

            await using var sweepDb = new CitizenFocusDb(DatabaseSetup.Options(DatabaseProvider.Sqlite, connection));
            var stopwatch = Stopwatch.StartNew();
            var result = await new SweepClocks(sweepDb, new FixedTime(Now)).RunAsync(ct: ct);
            stopwatch.Stop();
            if (result.WarningsRaised != Due) throw new InvalidOperationException($"expected {Due} warnings, got {result.WarningsRaised}");
            return stopwatch.Elapsed;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix);
        }
    }

    /// <summary>The first <see cref="Due"/> clocks passed their warning an hour ago; the rest started just now.</summary>
    private static IEnumerable<Clock> Clocks(int open)
    {
        for (var i = 1; i <= open; i++)
        {
            var started = i <= Due ? Now.AddHours(-19) : Now.AddMinutes(-(i % 600));
            yield return new Clock
            {
                Id = i, StandardId = 1, RecordType = "Message", RecordId = $"M{i}", BoroughId = 1, WardId = 1, TeamId = 1,
                AssigneeMemberId = 1, Status = ClockStatus.Running, StartedAt = started,
                WarnAt = started.AddHours(18), DueAt = started.AddHours(24), NextDueAt = started.AddHours(18),
            };
        }
    }
}
