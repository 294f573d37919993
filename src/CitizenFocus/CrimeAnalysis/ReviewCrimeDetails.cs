using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// Retention's way into the crimes table (MoPI): which crimes have come up for review, and the disposal of a crime's
/// personal details once a reviewer decides it is no longer needed. A disposed crime keeps its type, times, borough,
/// ward and groups, so every count and analysis by place and period is unchanged; the victim and offender references,
/// the street, the location key and the coordinates (which can point at a victim's home) go.
/// </summary>
public sealed class ReviewCrimeDetails(CitizenFocusDb db)
{
    public sealed record DueCrime(string Reference, string CrimeType, DateTime ReportedAt, int BoroughId, int? WardId);

    /// <summary>Each named group's bit mask (an unknown code is left out).</summary>
    public async Task<Dictionary<string, int>> GroupMasksAsync(IReadOnlyCollection<string> codes, CancellationToken ct = default) =>
        (await db.CrimeGroups.AsNoTracking().Where(g => codes.Contains(g.Code)).Select(g => new { g.Code, g.Bit }).ToListAsync(ct))
            .ToDictionary(g => g.Code, g => 1 << g.Bit, StringComparer.Ordinal);

    /// <summary>
    /// Crimes recorded before <paramref name="reportedBefore"/> in any group of <paramref name="inGroups"/> (when not 0)
    /// and in none of <paramref name="notInGroups"/>, leaving out the references in <paramref name="excluded"/>
    /// (reviews open or decided, legal holds), oldest first.
    /// </summary>
    public Task<List<DueCrime>> DueForReviewAsync(DateTime reportedBefore, int inGroups, int notInGroups,
        IQueryable<string> excluded, IQueryable<string> held, int limit, CancellationToken ct = default) =>
        db.Crimes.AsNoTracking()
            .Where(c => c.ReportedAt < reportedBefore && (inGroups == 0 || (c.Groups & inGroups) != 0) && (c.Groups & notInGroups) == 0
                && !excluded.Contains(c.Reference) && !held.Contains(c.Reference))
            .OrderBy(c => c.ReportedAt).ThenBy(c => c.Id).Take(limit)
            .Select(c => new DueCrime(c.Reference, c.CrimeType, c.ReportedAt, c.BoroughId, c.WardId))
            .ToListAsync(ct);

    /// <summary>Removes the crime's personal details; the caller holds the transaction and writes the audit row.</summary>
    public Task<int> DisposeAsync(string reference, CancellationToken ct = default) =>
        db.Crimes.Where(c => c.Reference == reference).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.VictimRef, (string?)null)
            .SetProperty(c => c.OffenderRef, (string?)null)
            .SetProperty(c => c.Street, (string?)null)
            .SetProperty(c => c.LocationKey, (string?)null)
            .SetProperty(c => c.Latitude, (double?)null)
            .SetProperty(c => c.Longitude, (double?)null), ct);
}
