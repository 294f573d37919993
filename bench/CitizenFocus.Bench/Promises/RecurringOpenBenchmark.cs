using System.Globalization;
using CitizenFocus.Bench.Demo;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Bench.Promises;

/// <summary>
/// Issue 11's second target: the scheduler (<see cref="OpenRecurringClocks.RunAsync"/>) opening one month's
/// recurring clocks at Met scale — a meeting clock for each of 630 wards, an update clock for each of 630
/// ward teams, and the due periods of 100,000 victims' update series — in under 2 seconds. Beside it, as a
/// reference for the machine, a plain prepared INSERT of the same number of clock rows in the same run.
/// </summary>
public sealed class RecurringOpenBenchmark : IBenchmark
{
    private const int Series = 100_000;
    private const int WarmUpSeries = 2_000;
    private const int Rounds = 3;
    private const double TargetSeconds = 2.0;
    private const int Areas = 5, Boroughs = 32, Wards = 630;
    private const int IntervalDays = 28;
    private const int MeetingId = 50, UpdateId = 51, VictimId = 52;

    /// <summary>Five past midnight on 1 December 2026 (GMT, so UK midnight is midnight UTC): the month's first run.</summary>
    private static readonly DateTime Now = new(2026, 12, 1, 0, 5, 0, DateTimeKind.Utc);
    private static readonly DateTime MonthStart = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    public string Name => "recurring-open";
    public string Description => "scheduler opening a month's recurring clocks: 630 wards, 630 teams, 100,000 victim series (target < 2 s)";

    private sealed class FixedTime(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc);
    }

    private static IEnumerable<ServiceStandard> Standards() =>
    [
        new()
        {
            Id = MeetingId, Code = "BENCH-WARD-MEETING", Name = "A public meeting in every ward each month", Target = TimeSpan.FromDays(31),
            Calendar = CalendarKind.AroundTheClock, TargetShare = 1.0, Recurrence = Recurrence.Months, RecurrenceInterval = 1,
            RecursPer = RecurrenceUnit.Ward, RecursFrom = new DateOnly(2026, 11, 1),
        },
        new()
        {
            Id = UpdateId, Code = "BENCH-TEAM-UPDATE", Name = "Each ward team publishes a monthly update", Target = TimeSpan.FromDays(31),
            Calendar = CalendarKind.WorkingHours, TargetShare = 1.0, Recurrence = Recurrence.Months, RecurrenceInterval = 1,
            RecursPer = RecurrenceUnit.Team, RecursFrom = new DateOnly(2026, 11, 1), DueWorkingDaysAfterPeriod = 10,
        },
        new()
        {
            Id = VictimId, Code = "BENCH-VICTIM-UPDATE", Name = "Update the victim as often as agreed", Target = TimeSpan.FromDays(IntervalDays),
            Calendar = CalendarKind.AroundTheClock, TargetShare = 0.95, Recurrence = Recurrence.Days, RecurrenceInterval = IntervalDays,
            RecursPer = RecurrenceUnit.Record, WarningGoesTo = EscalationLevel.Assignee, BreachGoesTo = EscalationLevel.WardSergeant,
        },
    ];

    /// <summary>
    /// One victim's series: the next period starts at a point spread evenly over the 30 days from 28 days before the
    /// run (so that every series that is due has exactly one period to open, and one in fifteen is not due yet);
    /// three in four began one to three periods earlier; one in twenty has been stopped (the case closed).
    /// </summary>
    private static ClockSeries OneSeries(int i, int count)
    {
        var next = Now.AddDays(-IntervalDays) + TimeSpan.FromTicks(TimeSpan.FromDays(30).Ticks / count * (i + 1));
        var ward = 1 + i % Wards;
        return new ClockSeries
        {
            Id = i + 1, StandardId = VictimId, RecordType = "Crime", RecordId = string.Create(CultureInfo.InvariantCulture, $"CR{i + 1:D7}"),
            Title = string.Create(CultureInfo.InvariantCulture, $"Victim updates for CR{i + 1:D7}"),
            BoroughId = 1 + (ward - 1) % Boroughs, WardId = ward, TeamId = ward, IntervalDays = IntervalDays,
            FirstPeriodStart = next.AddDays(-IntervalDays * (i % 4)), NextPeriodStart = next,
            StoppedAt = i % 20 == 19 ? Now.AddDays(-1) : null,
        };
    }

    private static int DueSeries(int count) =>
        Enumerable.Range(0, count).Select(i => OneSeries(i, count)).Count(s => s.StoppedAt is null && s.NextPeriodStart <= Now);

    public async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        Console.WriteLine($"recurring-open: {Machine.Describe()}");
        var due = DueSeries(Series);
        var expected = 2 * Wards + due;
        Console.WriteLine($"{Areas} areas, {Boroughs} boroughs, {Wards} wards, {Wards} ward teams; a monthly meeting standard per ward, a monthly update " +
            $"standard per team (due 10 working days after the month), a victim-update standard per record with {Series:N0} series every {IntervalDays} days " +
            $"({due:N0} due at {Now:u}, the rest not yet due or stopped); November's clocks already open, and the previous period's clock of " +
            $"three series in four already ended. Expected: {Wards} + {Wards} + {due:N0} = {expected:N0} clocks");

        // Warm-up (JIT, EF's model) at a small number of series.
        await ReferenceAsync(2 * Wards + DueSeries(WarmUpSeries), WarmUpSeries, ct);
        await ProductAsync(WarmUpSeries, 2 * Wards + DueSeries(WarmUpSeries), ct);

        var product = new List<Timed>();
        var again = new List<Timed>();
        var reference = new List<Timed>();
        for (var round = 1; round <= Rounds; round++)
        {
            reference.Add(await ReferenceAsync(expected, Series, ct));
            var (first, second) = await ProductAsync(Series, expected, ct);
            product.Add(first);
            again.Add(second);
            Console.WriteLine($"round {round}: reference insert of {expected:N0} clocks {reference[^1]}; scheduler run {first}, run again {second}; " +
                $"load {Machine.LoadAverage()}");
        }

        var productMs = new Spread(product.Select(t => t.Wall.TotalMilliseconds));
        var referenceMs = new Spread(reference.Select(t => t.Wall.TotalMilliseconds));
        var againMs = new Spread(again.Select(t => t.Wall.TotalMilliseconds));
        var met = productMs.Median < TargetSeconds * 1000;
        Console.WriteLine();
        Console.WriteLine($"opening {expected:N0} clocks ({Wards} ward meetings, {Wards} team updates, {due:N0} victim updates) on SQLite, {Rounds} rounds:");
        Console.WriteLine($"  product, OpenRecurringClocks.RunAsync: ms {productMs.Describe()}; CPU {string.Join(", ", product.Select(t => t.Cpu.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)))} ms");
        Console.WriteLine($"  the second run at the same instant (opens nothing): ms {againMs.Describe()}");
        Console.WriteLine($"  reference, plain prepared INSERT of {expected:N0} clock rows in one transaction: ms {referenceMs.Describe()}");
        Console.WriteLine($"  ratio product / reference: {productMs.Median / referenceMs.Median:F2} (medians)");
        Console.WriteLine($"load average at the end: {Machine.LoadAverage()}");
        Console.WriteLine($"target: the scheduler's run under {TargetSeconds:F0} s (median of {Rounds}): {(met ? "met" : "MISSED")}" +
            $"{(productMs.Max < TargetSeconds * 1000 ? ", in every round" : "")}");
        return met ? 0 : 1;
    }

    /// <summary>
    /// A fresh migrated file set up for the month's first run, the run timed, what it opened checked (the number and the
    /// clocks in the table, and no series left behind), and a second run at the same instant, which must open nothing.
    /// </summary>
    private static async Task<(Timed First, Timed Second)> ProductAsync(int series, int expected, CancellationToken ct)
    {
        await using var database = BenchDatabase.CreateSqlite("recurring");
        await SetUpAsync(database, series, ct);

        var time = new FixedTime(Now);
        var opened = 0;
        Timed first;
        await using (var db = database.OpenContext())
            first = await Timed.MeasureAsync(async () => opened = await new OpenRecurringClocks(db, new Clocks(db, time), time).RunAsync(ct));
        if (opened != expected) throw new InvalidOperationException($"the scheduler opened {opened:N0} clocks, not {expected:N0}");

        await using (var db = database.OpenContext())
        {
            var december = await db.Clocks.AsNoTracking().Where(c => c.PeriodStart == MonthStart)
                .GroupBy(c => c.StandardId).Select(g => new { Standard = g.Key, Count = g.Count() }).ToListAsync(ct);
            var victims = await db.Clocks.CountAsync(c => c.StandardId == VictimId && c.Status == ClockStatus.Running, ct);
            var behind = await db.ClockSeries.CountAsync(s => s.StoppedAt == null && s.NextPeriodStart <= Now, ct);
            int Of(int standard) => december.Where(d => d.Standard == standard).Sum(d => d.Count);
            if (Of(MeetingId) != Wards || Of(UpdateId) != Wards || victims != expected - 2 * Wards || behind != 0)
                throw new InvalidOperationException($"opened: {Of(MeetingId)} meetings, {Of(UpdateId)} updates for December, " +
                    $"{victims:N0} victim clocks running; {behind:N0} series still due");
        }

        await using (var db = database.OpenContext())
        {
            var second = await Timed.MeasureAsync(async () => opened = await new OpenRecurringClocks(db, new Clocks(db, time), time).RunAsync(ct));
            if (opened != 0) throw new InvalidOperationException($"the second run opened {opened:N0} clocks");
            return (first, second);
        }
    }

    /// <summary>
    /// The organisation and the standards; November's ward and team clocks opened by the scheduler on 2 November (before any
    /// series exists); the series, and the previous period's clock, ended in time, of those that began earlier.
    /// </summary>
    private static async Task SetUpAsync(BenchDatabase database, int series, CancellationToken ct)
    {
        await using (var db = database.OpenContext())
        {
            await DatabaseSetup.MigrateAsync(db, ct);
            db.Forces.Add(new Force { Id = 1, Code = "MPS", Name = "Metropolitan Police Service" });
            for (var a = 1; a <= Areas; a++) db.Areas.Add(new Area { Id = a, ForceId = 1, Code = $"AREA{a}", Name = $"Area {a}" });
            for (var b = 1; b <= Boroughs; b++)
                db.Boroughs.Add(new Borough { Id = b, AreaId = (b - 1) % Areas + 1, Code = $"E09{b:D6}", Name = $"Borough {b:D2}" });
            for (var w = 1; w <= Wards; w++)
            {
                var borough = (w - 1) % Boroughs + 1;
                db.Wards.Add(new Ward { Id = w, BoroughId = borough, Code = $"E05{w:D6}", Name = $"Ward {w:D3}", Population = 14_000 });
                db.Teams.Add(new NeighbourhoodTeam
                {
                    Id = w, BoroughId = borough, WardId = w, Kind = TeamKind.WardTeam, Name = $"Ward {w:D3} Safer Neighbourhood Team", Slug = $"ward-{w:D3}",
                });
            }
            db.ServiceStandards.AddRange(Standards());
            await db.SaveChangesAsync(ct);
        }

        var november = new FixedTime(new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc));
        await using (var db = database.OpenContext())
        {
            var opened = await new OpenRecurringClocks(db, new Clocks(db, november), november).RunAsync(ct);
            if (opened != 2 * Wards) throw new InvalidOperationException($"set-up: November opened {opened} clocks");
        }

        await using (var db = database.OpenContext())
        {
            var rows = Enumerable.Range(0, series).Select(i => OneSeries(i, series)).ToList();
            await BulkInserter.InsertAsync(db, rows, null, ct);
            var nextId = await db.Clocks.MaxAsync(c => c.Id, ct) + 1;
            var victim = Standards().Single(s => s.Id == VictimId);
            var earlier = rows.Where(s => s.NextPeriodStart > s.FirstPeriodStart).Select(s =>
            {
                var start = s.NextPeriodStart.AddDays(-s.IntervalDays);
                var clock = Clock.ForPeriod(victim, WorkingCalendar.AroundTheClock, s.Subject(), start, s.NextPeriodStart);
                clock.Id = nextId++;
                clock.End(start.AddDays(10));
                return clock;
            });
            await BulkInserter.InsertAsync(db, earlier, null, ct);
        }
    }

    /// <summary>
    /// The reference: as many clock rows as the scheduler opens, shaped like its clocks (a title, the period, the unit or
    /// the series' record, running with its warning next), written by <see cref="PlainClockInsert"/> into a fresh migrated file.
    /// </summary>
    private static async Task<Timed> ReferenceAsync(int count, int series, CancellationToken ct)
    {
        await using var database = BenchDatabase.CreateSqlite("recurring_reference");
        await using (var db = database.OpenContext())
        {
            await DatabaseSetup.MigrateAsync(db, ct);
            db.ServiceStandards.AddRange(Standards());
            await db.SaveChangesAsync(ct);
        }
        long written = 0;
        var timed = Timed.Measure(() => written = PlainClockInsert.Sqlite(database.ConnectionString, ReferenceRows(series).Take(count), ct));
        if (written != count) throw new InvalidOperationException($"the reference wrote {written:N0} rows, not {count:N0}");
        return timed;
    }

    private static IEnumerable<Clock> ReferenceRows(int series)
    {
        long id = 0;
        var due = new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var (type, standard) in new[] { ("Ward", MeetingId), ("Team", UpdateId) })
            for (var w = 1; w <= Wards; w++)
                yield return Row(++id, standard, type, string.Create(CultureInfo.InvariantCulture, $"{type}-{w:D3}"),
                    string.Create(CultureInfo.InvariantCulture, $"Monthly promise: {type} {w:D3}, December 2026"), w, MonthStart, due);
        for (var i = 0; i < series; i++)
        {
            var s = OneSeries(i, series);
            if (s.StoppedAt is not null || s.NextPeriodStart > Now) continue;
            yield return Row(++id, VictimId, s.RecordType, s.RecordId, s.Title, s.WardId!.Value, s.NextPeriodStart, s.NextPeriodStart.AddDays(IntervalDays));
        }
    }

    private static Clock Row(long id, int standard, string type, string record, string? title, int ward, DateTime start, DateTime due)
    {
        var warn = start + (due - start) * 0.75;
        return new Clock
        {
            Id = id, StandardId = standard, RecordType = type, RecordId = record, Title = title, BoroughId = 1 + (ward - 1) % Boroughs, WardId = ward,
            TeamId = ward, PeriodStart = start, Status = ClockStatus.Running, StartedAt = start, WarnAt = warn, DueAt = due, NextDueAt = warn,
        };
    }
}
