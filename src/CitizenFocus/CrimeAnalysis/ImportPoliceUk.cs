using System.Collections.Concurrent;
using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>A police.uk file to import: its name (for errors) and how to open it.</summary>
public sealed record PoliceUkFile(string Name, Func<Stream> Open);

/// <summary>A force's street-level months after an import: the range held and the months missing from it.</summary>
public sealed record OpenDataForceMonths(string Force, DateOnly First, DateOnly Last, int MonthsPresent, IReadOnlyList<DateOnly> Missing);

/// <param name="Files">Files read.</param>
/// <param name="StreetRows">Street-level rows stored.</param>
/// <param name="OutcomeRows">Outcome rows stored.</param>
/// <param name="ReplacedRows">Rows of earlier imports of the same force-months, removed.</param>
/// <param name="WithoutCoordinates">Street-level rows published without a map point (kept, on no map).</param>
/// <param name="WithoutLsoa">Street-level rows without an LSOA (kept, in no ward).</param>
/// <param name="LsoaNotInLookup">Street-level rows whose LSOA the LSOA-to-ward lookup lacks (kept, in no ward).</param>
/// <param name="OutsideWards">Street-level rows whose LSOA lies in a ward that is not the force's (kept, in no ward).</param>
/// <param name="Forces">Each force (police.uk's "Falls within") whose months changed.</param>
public sealed record PoliceUkImportSummary(int Files, long StreetRows, long OutcomeRows, long ReplacedRows,
    long WithoutCoordinates, long WithoutLsoa, long LsoaNotInLookup, long OutsideWards, IReadOnlyList<OpenDataForceMonths> Forces);

/// <summary>
/// Imports police.uk open data: street-level crime files and outcomes files, told apart by their
/// header. Each street-level row is placed in a ward and borough through its LSOA
/// (<see cref="LsoaWard"/>); rows without a map point or an LSOA are kept and counted, never dropped.
/// A crime type outside police.uk's fourteen published categories is an error, not a row to skip:
/// it means the file is not what it claims to be, and a silently smaller month would read as less crime.
/// <para>
/// A force-month is the unit police.uk publishes, one file per reporting force ("Reported by") and
/// month; importing it again replaces the rows of the earlier import, so imports are idempotent.
/// British Transport Police rows fall within other forces, so the reporting force, not "Falls
/// within", decides what a file replaces. Months are then recorded per "Falls within"
/// (<see cref="OpenDataMonth"/>), with gaps as missing.
/// </para>
/// <para>All files are one transaction: a bad row anywhere and nothing is stored.</para>
/// </summary>
public sealed class ImportPoliceUk(CitizenFocusDb db, TimeProvider time)
{
    /// <summary>police.uk's published crime categories, as they appear in its files.</summary>
    public static IReadOnlyList<string> CrimeTypes => PoliceUkFileReader.CrimeTypes;

    /// <summary>
    /// Imports the files in order (UTF-8 unless a byte order mark says otherwise). Rows are numbered
    /// from 1 for the first row after the header; each error names its file. Reports the number of rows
    /// read across the files. Inside a transaction of the caller's, a failure leaves the rollback to the caller.
    /// </summary>
    public async Task<Result<PoliceUkImportSummary>> HandleAsync(IReadOnlyList<PoliceUkFile> files, IProgress<long>? progress = null,
        CancellationToken ct = default)
    {
        if (files.Count == 0) return Result.Invalid("file", "no files to import");
        var lsoas = await LsoaPlacesAsync(ct);
        var map = new CrimeGroupMap(await db.CrimeGroups.AsNoTracking().Include(g => g.Rules).ToListAsync(ct));
        var groups = new int[PoliceUkCrimeTypes.All.Count + 1];
        foreach (var type in PoliceUkCrimeTypes.All) groups[type.Id] = map.Classify(type.Name, default);

        var errors = new List<ValidationError>();
        var changed = new HashSet<(int Force, DateOnly Month)>();
        long rows = 0, streetRows = 0, outcomeRows = 0, replaced = 0, withoutCoordinates = 0, withoutLsoa = 0, notInLookup = 0, outside = 0;
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            // Ids are the import's to give, so imports take turns: SQLite's transactions begin IMMEDIATE (one writer),
            // PostgreSQL's need a lock held to the end of the transaction.
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ImportLockKey})", ct);
            // All rows of this run come after those already held.
            var nextCrimeId = (await db.OpenDataCrimes.MaxAsync(c => (long?)c.Id, ct) ?? 0) + 1;
            var nextOutcomeId = (await db.OpenDataOutcomes.MaxAsync(c => (long?)c.Id, ct) ?? 0) + 1;
            var lookups = await OpenDataLookups.LoadAsync(db, ct);
            foreach (var file in files)
            {
                if (errors.Count >= CsvFile.MaxErrors) break;
                ct.ThrowIfCancellationRequested();
                await using var stream = file.Open();
                using var reader = PoliceUkFileReader.Open(stream, file.Name, errors, lsoas, lookups, groups, progress, rows);
                if (reader is null) continue;
                if (errors.Count > 0)
                    reader.Check();
                else if (reader.Kind == PoliceUkFileKind.Street)
                {
                    var first = nextCrimeId;
                    var stored = await InsertOverlappedAsync(reader.StreetRows(first), ct);
                    nextCrimeId += stored;
                    streetRows += stored;
                    changed.UnionWith(reader.ForceMonths);
                    if (errors.Count == 0) replaced += await ReplaceStreetAsync(reader.Published, first, lookups.ForceIds, changed, ct);
                }
                else
                {
                    var first = nextOutcomeId;
                    var stored = await InsertOverlappedAsync(reader.OutcomeRows(first), ct);
                    nextOutcomeId += stored;
                    outcomeRows += stored;
                    if (errors.Count == 0) replaced += await ReplaceOutcomesAsync(reader.Published, first, ct);
                }
                rows += reader.Rows;
                withoutCoordinates += reader.WithoutCoordinates;
                withoutLsoa += reader.WithoutLsoa;
                notInLookup += reader.LsoaNotInLookup;
                outside += reader.OutsideWards;
            }

            if (errors.Count >= CsvFile.MaxErrors) errors.Add(CsvFile.TooManyErrors());
            if (errors.Count > 0) return Result.Invalid(errors);
            await lookups.SaveNewAsync(db, ct);
            var forces = await new OpenDataMonthLedger(db, time).RecordAsync(changed, lookups.ForceName, ct);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
            if (ownTransaction is not null) await PlannerStatistics.RefreshAsync(db, ct, typeof(OpenDataCrime), typeof(OpenDataOutcome), typeof(OpenDataPlace));
            progress?.Report(rows);
            return new PoliceUkImportSummary(files.Count, streetRows, outcomeRows, replaced, withoutCoordinates, withoutLsoa,
                notInLookup, outside, forces);
        }
        finally
        {
            // Disposing without a commit rolls back.
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    private const int OverlapBatch = 1_024, OverlapBatchesAhead = 16;

    /// <summary>The PostgreSQL advisory lock that police.uk imports take in turn ("CFPU").</summary>
    private const long ImportLockKey = 0x4346_5055;

    /// <summary>
    /// Whether the file is read on a worker thread while the rows are stored; off, reading and storing take turns
    /// on one thread. For the benchmark that compares the two in one run.
    /// </summary>
    internal static bool OverlapReading { get; set; } = true;

    /// <summary>
    /// Bulk-inserts the rows while a worker thread reads and checks the ones after them: parsing a row
    /// costs about half as much as storing it, so on a second core the two overlap instead of adding up.
    /// The reader is the worker's alone until it has finished (its errors and counts are read after
    /// this returns); a failed insert stops it, and an exception from reading surfaces here.
    /// </summary>
    private async Task<long> InsertOverlappedAsync<T>(IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        if (!OverlapReading) return await BulkInserter.InsertAsync(db, rows, null, ct);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var ahead = new BlockingCollection<T[]>(OverlapBatchesAhead);
        var reading = Task.Run(() =>
        {
            try
            {
                var batch = new List<T>(OverlapBatch);
                foreach (var row in rows)
                {
                    batch.Add(row);
                    if (batch.Count < OverlapBatch) continue;
                    ahead.Add([.. batch], stop.Token);
                    batch.Clear();
                }
                if (batch.Count > 0) ahead.Add([.. batch], stop.Token);
            }
            finally
            {
                ahead.CompleteAdding();
            }
        }, CancellationToken.None);

        long stored;
        try
        {
            stored = await BulkInserter.InsertAsync(db, Drain(ahead, stop.Token), null, ct);
        }
        catch
        {
            await stop.CancelAsync();
            // Wait for the reader to let go of the file; the insert's exception is the one to report.
            await reading.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }
        await reading;
        return stored;

        static IEnumerable<T> Drain(BlockingCollection<T[]> batches, CancellationToken ct)
        {
            foreach (var batch in batches.GetConsumingEnumerable(ct))
                foreach (var row in batch)
                    yield return row;
        }
    }

    /// <summary>Every LSOA of the lookup, with its ward and borough when the ward is one of the force's.</summary>
    private async Task<Dictionary<string, LsoaPlace>> LsoaPlacesAsync(CancellationToken ct)
    {
        var wards = await db.Wards.AsNoTracking().Select(w => new { w.Code, w.Id, w.BoroughId }).ToListAsync(ct);
        var byCode = wards.ToDictionary(w => w.Code, w => new LsoaPlace(w.Id, w.BoroughId), StringComparer.OrdinalIgnoreCase);
        var lookup = await db.LsoaWards.AsNoTracking().Select(l => new { l.LsoaCode, l.WardCode }).ToListAsync(ct);
        var places = new Dictionary<string, LsoaPlace>(lookup.Count, StringComparer.Ordinal);
        foreach (var l in lookup)
            places[l.LsoaCode] = byCode.GetValueOrDefault(l.WardCode);
        return places;
    }

    /// <summary>Removes the earlier imports' rows of the force-months a file published, noting the areas' months they leave.</summary>
    private async Task<long> ReplaceStreetAsync(IEnumerable<(int ReportedBy, DateOnly Month)> published, long firstId,
        IReadOnlyCollection<int> forceIds, HashSet<(int Force, DateOnly Month)> changed, CancellationToken ct)
    {
        // Every earlier row has an id below the first of this file's: with none, there is nothing to look for
        // (and the look would read every row: SQLite answers the DISTINCT by scanning the (FallsWithin, Month) index).
        if (firstId == 1) return 0;
        long removed = 0;
        foreach (var (reportedBy, month) in published)
        {
            // Every force as "Falls within" lets the (FallsWithinId, Month) index find the month's rows force by force.
            var earlier = db.OpenDataCrimes.Where(c => forceIds.Contains(c.FallsWithinId) && c.Month == month && c.ReportedById == reportedBy
                && c.Id < firstId);
            foreach (var force in await earlier.Select(c => c.FallsWithinId).Distinct().ToListAsync(ct))
                changed.Add((force, month));
            removed += await earlier.ExecuteDeleteAsync(ct);
        }
        return removed;
    }

    private async Task<long> ReplaceOutcomesAsync(IEnumerable<(int ReportedBy, DateOnly Month)> published, long firstId, CancellationToken ct)
    {
        if (firstId == 1) return 0;
        long removed = 0;
        foreach (var (reportedBy, month) in published)
            removed += await db.OpenDataOutcomes.Where(c => c.Id < firstId && c.ReportedById == reportedBy && c.Month == month)
                .ExecuteDeleteAsync(ct);
        return removed;
    }
}
