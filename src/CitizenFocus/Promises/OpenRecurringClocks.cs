using System.Globalization;
using System.Text;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CitizenFocus.Promises;

/// <summary>
/// The scheduler of recurring promises: opens each period's clock for every ward, team or borough
/// of a unit standard (a public meeting each calendar month) and for every running series of a record
/// standard (a victim's update every 28 days). Each clock is opened exactly once: the run holds the
/// clock table for its transaction (<see cref="ClockTable"/>), reads which periods are open already,
/// and writes only the missing ones; a unique index on standard, record and period refuses any
/// duplicate that could still slip through. So a restart, or two schedulers at once, open nothing twice.
/// </summary>
public sealed class OpenRecurringClocks(CitizenFocusDb db, Clocks clocks, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var standards = await db.ServiceStandards.AsNoTracking().Where(s => s.Recurrence != Recurrence.None).ToListAsync(ct);
        if (standards.Count == 0) return 0;
        var workingDays = await clocks.WorkingDaysAsync(ct);
        var opened = 0;
        foreach (var standard in standards)
        {
            var calendar = await clocks.CalendarAsync(standard, ct);
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    opened += standard.RecursPer == RecurrenceUnit.Record
                        ? await OpenSeriesAsync(standard, calendar, now, ct)
                        : await OpenUnitsAsync(standard, calendar, workingDays, now, ct);
                    break;
                }
                catch (Exception e) when (attempt < 2 && ClockTable.IsUniqueViolation(e))
                {
                    // Another scheduler opened some of these first: read again, and open what is still missing.
                    db.ChangeTracker.Clear();
                }
            }
        }
        return opened;
    }

    private async Task<int> OpenUnitsAsync(ServiceStandard standard, WorkingCalendar calendar, WorkingCalendar workingDays, DateTime now,
        CancellationToken ct)
    {
        var periods = RecurrencePeriods.ToOpen(standard, workingDays, now);
        if (periods.Count == 0) return 0;
        var units = await UnitsAsync(standard.RecursPer, ct);
        var starts = periods.Select(p => (DateTime?)p.Start).ToList();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ClockTable.LockAsync(db, ct);
        var held = (await db.Clocks.AsNoTracking()
                .Where(c => c.StandardId == standard.Id && starts.Contains(c.PeriodStart))
                .Select(c => new { c.RecordId, c.PeriodStart })
                .ToListAsync(ct))
            .Select(c => (c.RecordId, c.PeriodStart!.Value)).ToHashSet();
        var nextId = await ClockTable.NextIdAsync(db, ct);
        var missing = new List<Clock>();
        foreach (var period in periods)
            foreach (var unit in units)
            {
                if (held.Contains((unit.RecordId, period.Start))) continue;
                var title = $"{standard.Name}: {unit.Name}, {WorkingCalendar.UkDate(period.Start):MMMM yyyy}";
                var clock = Clock.ForPeriod(standard, calendar, unit.Subject with { Title = Truncate(title, 200) }, period.Start, period.Due);
                clock.Id = nextId++;
                missing.Add(clock);
            }
        if (missing.Count > 0) await BulkInserter.InsertAsync(db, missing, null, ct);
        await tx.CommitAsync(ct);
        return missing.Count;
    }

    private async Task<int> OpenSeriesAsync(ServiceStandard standard, WorkingCalendar calendar, DateTime now, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ClockTable.LockAsync(db, ct);
        var due = await DueSeriesAsync(standard.Id, now, ct);
        if (due.Count == 0) return 0;

        var earliest = due.Min(s => s.NextPeriodStart);
        var held = (await db.Clocks.AsNoTracking()
                .Where(c => c.StandardId == standard.Id && c.PeriodStart >= earliest)
                .Select(c => new { c.RecordType, c.RecordId, c.PeriodStart })
                .ToListAsync(ct))
            .Select(c => (c.RecordType, c.RecordId, c.PeriodStart!.Value)).ToHashSet();
        var nextId = await ClockTable.NextIdAsync(db, ct);
        var missing = new List<Clock>();
        foreach (var series in due)
        {
            var current = series.PeriodIndex(now);
            // The current period, and the one before it if the scheduler missed its start.
            var first = Math.Max(series.PeriodIndex(series.NextPeriodStart), current - 1);
            for (var index = Math.Max(0, first); index <= current; index++)
            {
                var period = RecurrencePeriods.OfSeries(series, index);
                if (!series.Covers(period.Start) || held.Contains((series.RecordType, series.RecordId, period.Start))) continue;
                var clock = Clock.ForPeriod(standard, calendar, series.Subject(), period.Start, period.Due);
                (clock.Dimension1, clock.Dimension2, clock.Dimension3, clock.Dimension4) =
                    (series.Dimension1, series.Dimension2, series.Dimension3, series.Dimension4);
                clock.Id = nextId++;
                missing.Add(clock);
            }
            series.NextPeriodStart = series.PeriodStart(current + 1);
        }
        if (missing.Count > 0) await BulkInserter.InsertAsync(db, missing, null, ct);

        await AdvanceAsync(due, ct);
        await tx.CommitAsync(ct);
        return missing.Count;
    }

    /// <summary>
    /// The running series of a standard whose next period has begun: the rows of
    /// <c>db.ClockSeries.Where(s => s.StandardId == id &amp;&amp; s.StoppedAt == null &amp;&amp; s.NextPeriodStart &lt;= now)</c>, read with
    /// a plain data reader. At Met scale (88,667 due series) EF's materialisation and the general date parse took 0.41 s
    /// of a run that must finish in 2 s; SQLite runs the query itself in 27 ms (bench/README.md, recurring-open).
    /// </summary>
    private async Task<List<ClockSeries>> DueSeriesAsync(int standardId, DateTime now, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(ClockSeries))!;
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => "\"" + entity.FindProperty(property)!.GetColumnName(store) + "\"";
        string[] columns =
        [
            nameof(ClockSeries.Id), nameof(ClockSeries.RecordType), nameof(ClockSeries.RecordId), nameof(ClockSeries.Title),
            nameof(ClockSeries.BoroughId), nameof(ClockSeries.WardId), nameof(ClockSeries.TeamId), nameof(ClockSeries.AssigneeMemberId),
            nameof(ClockSeries.AssigneeUserId), nameof(ClockSeries.PartnerAgencyId), nameof(ClockSeries.Dimension1),
            nameof(ClockSeries.Dimension2), nameof(ClockSeries.Dimension3), nameof(ClockSeries.Dimension4),
            nameof(ClockSeries.IntervalDays), nameof(ClockSeries.FirstPeriodStart), nameof(ClockSeries.NextPeriodStart),
            nameof(ClockSeries.EndsAt),
        ];
        var connection = db.Database.GetDbConnection();
        var sqlite = connection is not NpgsqlConnection;
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(Column))} FROM \"{store.Name}\" " +
            $"WHERE {Column(nameof(ClockSeries.StandardId))} = @standard AND {Column(nameof(ClockSeries.StoppedAt))} IS NULL " +
            $"AND {Column(nameof(ClockSeries.NextPeriodStart))} <= @now";
        var standard = command.CreateParameter();
        standard.ParameterName = "@standard";
        standard.Value = standardId;
        command.Parameters.Add(standard);
        var at = command.CreateParameter();
        at.ParameterName = "@now";
        // The same value EF would send: SQLite compares the stored text, so the parameter is that text.
        at.Value = sqlite ? now.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) : now;
        command.Parameters.Add(at);

        var due = new List<ClockSeries>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        int? Number(int i) => reader.IsDBNull(i) ? null : reader.GetInt32(i);
        DateTime Date(int i) => sqlite ? SqliteDateText.ParseUtc(reader.GetString(i)) : DateTime.SpecifyKind(reader.GetDateTime(i), DateTimeKind.Utc);
        while (await reader.ReadAsync(ct))
            due.Add(new ClockSeries
            {
                Id = reader.GetInt64(0), StandardId = standardId, RecordType = reader.GetString(1), RecordId = reader.GetString(2),
                Title = Text(3), BoroughId = Number(4), WardId = Number(5), TeamId = Number(6), AssigneeMemberId = Number(7),
                AssigneeUserId = Text(8), PartnerAgencyId = Number(9), Dimension1 = Text(10), Dimension2 = Text(11),
                Dimension3 = Text(12), Dimension4 = Text(13), IntervalDays = reader.GetInt32(14),
                FirstPeriodStart = Date(15), NextPeriodStart = Date(16), EndsAt = reader.IsDBNull(17) ? null : Date(17),
            });
        return due;
    }

    /// <summary>
    /// Moves each series on to its next period, in the run's transaction. Only that column is written: the rest of
    /// this run's copy of a series is not written back, so a series stopped or changed meanwhile keeps what it was
    /// given. One UPDATE joined to the ids and next periods: on PostgreSQL sent as two arrays, on SQLite as one JSON
    /// array read by json_each. (A multi-row upsert of whole rows took SQLite minutes
    /// at 100,000 series: it binds each of its 30,000 parameters by name, and finding a name scans them all.)
    /// </summary>
    private async Task AdvanceAsync(List<ClockSeries> due, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(ClockSeries))!;
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var idColumn = entity.FindProperty(nameof(ClockSeries.Id))!.GetColumnName(store)!;
        var nextProperty = entity.FindProperty(nameof(ClockSeries.NextPeriodStart))!;
        var nextColumn = nextProperty.GetColumnName(store)!;
        var converter = nextProperty.GetTypeMapping().Converter;
        object NextOf(ClockSeries series) => converter?.ConvertToProvider(series.NextPeriodStart) ?? series.NextPeriodStart;

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        if (connection is NpgsqlConnection)
        {
            command.CommandText = $"UPDATE \"{table}\" AS s SET \"{nextColumn}\" = v.next_start " +
                $"FROM unnest(@ids, @nexts) AS v(series_id, next_start) WHERE s.\"{idColumn}\" = v.series_id";
            command.Parameters.Add(new NpgsqlParameter("ids", due.Select(s => s.Id).ToArray()));
            command.Parameters.Add(new NpgsqlParameter("nexts", due.Select(s => (DateTime)NextOf(s)).ToArray()));
            await command.ExecuteNonQueryAsync(ct);
            return;
        }
        // SQLite: one statement joined to the ids and next periods sent as one JSON array of [id, "next"] pairs, in the
        // text EF stores dates as (88,667 prepared UPDATEs took 0.30 s, mostly the provider's cost per statement).
        var rows = new StringBuilder(due.Count * 40).Append('[');
        foreach (var series in due)
        {
            if (rows.Length > 1) rows.Append(',');
            rows.Append('[').Append(series.Id.ToString(CultureInfo.InvariantCulture)).Append(",\"")
                .Append(((DateTime)NextOf(series)).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)).Append("\"]");
        }
        rows.Append(']');
        command.CommandText = $"UPDATE \"{table}\" SET \"{nextColumn}\" = json_extract(j.value, '$[1]') " +
            $"FROM json_each($rows) AS j WHERE \"{table}\".\"{idColumn}\" = json_extract(j.value, '$[0]')";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$rows";
        parameter.Value = rows.ToString();
        command.Parameters.Add(parameter);
        await command.ExecuteNonQueryAsync(ct);
    }

    private sealed record Unit(string RecordId, string Name, ClockSubject Subject);

    private async Task<List<Unit>> UnitsAsync(RecurrenceUnit per, CancellationToken ct)
    {
        switch (per)
        {
            case RecurrenceUnit.Ward:
                var teams = await db.Teams.AsNoTracking().Where(t => t.Kind == TeamKind.WardTeam && t.WardId != null)
                    .Select(t => new { t.Id, WardId = t.WardId!.Value }).ToListAsync(ct);
                var teamOf = teams.GroupBy(t => t.WardId).ToDictionary(g => g.Key, g => g.Min(t => t.Id));
                return (await db.Wards.AsNoTracking().OrderBy(w => w.Id).Select(w => new { w.Id, w.Code, w.Name, w.BoroughId }).ToListAsync(ct))
                    .Select(w => new Unit(w.Code, w.Name, new ClockSubject("Ward", w.Code, w.BoroughId, w.Id,
                        teamOf.TryGetValue(w.Id, out var team) ? team : null, null)))
                    .ToList();
            case RecurrenceUnit.Team:
                return (await db.Teams.AsNoTracking().Where(t => t.Kind == TeamKind.WardTeam).OrderBy(t => t.Id)
                        .Select(t => new { t.Id, t.Slug, t.Name, t.BoroughId, t.WardId }).ToListAsync(ct))
                    .Select(t => new Unit(t.Slug, t.Name, new ClockSubject("Team", t.Slug, t.BoroughId, t.WardId, t.Id, null)))
                    .ToList();
            case RecurrenceUnit.Borough:
                return (await db.Boroughs.AsNoTracking().OrderBy(b => b.Id).Select(b => new { b.Id, b.Code, b.Name }).ToListAsync(ct))
                    .Select(b => new Unit(b.Code, b.Name, new ClockSubject("Borough", b.Code, b.Id, null, null, null)))
                    .ToList();
            default:
                throw new ArgumentOutOfRangeException(nameof(per));
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
