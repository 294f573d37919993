using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Calls;

/// <summary>
/// Retention's way into the calls table: calls received before a cut-off that still name their caller, and
/// the removal of the caller's name, phone and location. The call's times, category and place stay, so the
/// 999 answer and attendance figures do not change.
/// </summary>
public sealed class EraseCallDetails(CitizenFocusDb db)
{
    public const string Erased = "[erased]";

    /// <summary>Calls received before the cut-off that still name their caller, leaving out the references in <paramref name="held"/>.</summary>
    public Task<List<string>> DueAsync(DateTime receivedBefore, IQueryable<string> held, int limit, CancellationToken ct = default) =>
        db.Calls.AsNoTracking()
            .Where(c => c.ReceivedAt < receivedBefore && c.CallerName != Erased && !held.Contains(c.Reference))
            .OrderBy(c => c.Id).Select(c => c.Reference).Take(limit).ToListAsync(ct);

    /// <summary>How many of the references in <paramref name="among"/> are past the cut-off and still name their caller.</summary>
    public Task<int> CountDueAsync(DateTime receivedBefore, IQueryable<string> among, CancellationToken ct = default) =>
        db.Calls.AsNoTracking().CountAsync(c => c.ReceivedAt < receivedBefore && c.CallerName != Erased && among.Contains(c.Reference), ct);

    public Task<int> AnonymiseAsync(string reference, CancellationToken ct = default) =>
        db.Calls.Where(c => c.Reference == reference).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.CallerName, Erased)
            .SetProperty(c => c.CallerPhone, (string?)null)
            .SetProperty(c => c.Location, (string?)null), ct);
}
