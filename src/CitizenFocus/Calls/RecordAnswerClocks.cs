using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Calls;

/// <summary>
/// Pledge point 5's first promise, measured from the recorded times: every 999 call answered within
/// 10 seconds. A 10-second promise is decided the moment the call is answered, so each call's clock is
/// written already ended (met or breached) rather than left for a sweep. Calls that have their clock
/// already are skipped, so the use case can run again over the same days.
/// </summary>
public sealed class RecordAnswerClocks(CitizenFocusDb db, Clocks clocks)
{
    private const int Chunk = 100_000;

    /// <param name="fromUtc">The first instant of calls received to decide; all calls held when not given.</param>
    public async Task<long> HandleAsync(DateTime? fromUtc = null, DateTime? toUtc = null, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var standard = await clocks.StandardAsync(StandardCodes.EmergencyAnswered, ct);
        var teamOfWard = (await db.Teams.AsNoTracking().Where(t => t.Kind == TeamKind.WardTeam && t.WardId != null)
                .Select(t => new { t.Id, WardId = t.WardId!.Value }).ToListAsync(ct))
            .GroupBy(t => t.WardId).ToDictionary(g => g.Key, g => g.Min(t => t.Id));
        // Calls decided before (by an earlier run over the same days) are found by their clocks' start, which is the
        // call's arrival: one index range, not a lookup per call.
        var clocked = db.Clocks.AsNoTracking().Where(k => k.StandardId == standard.Id && k.RecordType == CallRecord);
        if (fromUtc is { } start) clocked = clocked.Where(k => k.StartedAt >= start);
        if (toUtc is { } end) clocked = clocked.Where(k => k.StartedAt < end);
        var decided = (await clocked.Select(k => k.RecordId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        long written = 0, after = 0;
        while (true)
        {
            // Materialised a chunk at a time: PostgreSQL cannot read and COPY on one connection at once.
            var query = db.Calls.AsNoTracking().Where(c => c.Id > after && c.Kind == CallKind.Emergency);
            if (fromUtc is { } from) query = query.Where(c => c.ReceivedAt >= from);
            if (toUtc is { } to) query = query.Where(c => c.ReceivedAt < to);
            var chunk = await query
                .OrderBy(c => c.Id).Take(Chunk)
                .Select(c => new { c.Id, c.Reference, c.ReceivedAt, c.AnswerSeconds, c.BoroughId, c.WardId, c.Category })
                .ToListAsync(ct);
            if (chunk.Count == 0) return written;
            after = chunk[^1].Id;
            var calls = chunk.Where(c => !decided.Contains(c.Reference)).ToList();
            if (calls.Count == 0) continue;
            written += await clocks.RecordDecidedAsync(StandardCodes.EmergencyAnswered, calls.Select(c => new DecidedClock(
                new ClockSubject(CallRecord, c.Reference, c.BoroughId, c.WardId,
                    c.WardId is { } w && teamOfWard.TryGetValue(w, out var team) ? team : null, null,
                    Dimensions: new Dictionary<string, string> { ["category"] = c.Category }),
                c.ReceivedAt, c.ReceivedAt.AddSeconds(c.AnswerSeconds),
                BreachReason: "Answered after 10 seconds")), null, ct);
            progress?.Report(written);
        }
    }

    public const string CallRecord = "Call";
}
