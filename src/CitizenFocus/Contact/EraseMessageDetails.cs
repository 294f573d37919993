using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Contact;

/// <summary>
/// Retention's way into Contact's table: which closed messages have passed a cut-off, and the removal of
/// a message's personal fields. The message row, its reference, team, ward and clock stay, so the
/// compliance figures it counts in do not change.
/// </summary>
public sealed class EraseMessageDetails(CitizenFocusDb db)
{
    /// <summary>What an anonymised message holds in place of the citizen's name, subject and body.</summary>
    public const string Erased = "[erased]";

    /// <summary>
    /// Replied messages closed before <paramref name="closedBefore"/> that still hold personal data, leaving out the
    /// references in <paramref name="held"/> (so that held records never fill a batch and stall the sweep).
    /// </summary>
    public Task<List<string>> DueAsync(DateTime closedBefore, IQueryable<string> held, int limit, CancellationToken ct = default) =>
        db.TeamMessages.AsNoTracking()
            .Where(m => m.Status == MessageStatus.Replied && m.RepliedAt < closedBefore && m.CitizenName != Erased && !held.Contains(m.Reference))
            .OrderBy(m => m.Id).Select(m => m.Reference).Take(limit).ToListAsync(ct);

    /// <summary>How many of the references in <paramref name="among"/> are past the cut-off and still hold personal data.</summary>
    public Task<int> CountDueAsync(DateTime closedBefore, IQueryable<string> among, CancellationToken ct = default) =>
        db.TeamMessages.AsNoTracking()
            .CountAsync(m => m.Status == MessageStatus.Replied && m.RepliedAt < closedBefore && m.CitizenName != Erased && among.Contains(m.Reference), ct);

    /// <summary>Removes the citizen's details and what they wrote; the caller holds the transaction and writes the audit row.</summary>
    public Task<int> AnonymiseAsync(string reference, CancellationToken ct = default) =>
        db.TeamMessages.Where(m => m.Reference == reference).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.CitizenName, Erased)
            .SetProperty(m => m.CitizenEmail, (string?)null)
            .SetProperty(m => m.CitizenPhone, (string?)null)
            .SetProperty(m => m.CitizenAddress, (string?)null)
            .SetProperty(m => m.Subject, Erased)
            .SetProperty(m => m.Body, Erased)
            .SetProperty(m => m.ReplySummary, (string?)null)
            .SetProperty(m => m.IdempotencyKey, (string?)null)
            .SetProperty(m => m.IdempotencyScope, (string?)null), ct);
}
