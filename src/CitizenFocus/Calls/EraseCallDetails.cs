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

    public Task<List<string>> DueAsync(DateTime receivedBefore, int limit, CancellationToken ct = default) =>
        db.Calls.AsNoTracking()
            .Where(c => c.ReceivedAt < receivedBefore && c.CallerName != Erased)
            .OrderBy(c => c.Id).Select(c => c.Reference).Take(limit).ToListAsync(ct);

    public Task<int> AnonymiseAsync(string reference, CancellationToken ct = default) =>
        db.Calls.Where(c => c.Reference == reference).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.CallerName, Erased)
            .SetProperty(c => c.CallerPhone, (string?)null)
            .SetProperty(c => c.Location, (string?)null), ct);
}
