using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Audit;

/// <summary>
/// What to look for in the audit trail. Every filter is optional; <see cref="From"/> is inclusive
/// and <see cref="To"/> exclusive, both UTC. Record type, record id and actor match exactly, so
/// that the search uses the trail's indexes.
/// </summary>
public sealed record AuditSearch(
    string? RecordType = null, string? RecordId = null, string? Actor = null,
    DateTime? From = null, DateTime? To = null, int Page = 1, int PageSize = AuditSearch.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
}

public sealed record AuditRow(
    long Sequence, DateTime OccurredAt, string Actor, AuditAction Action,
    string RecordType, string RecordId, string? Justification, string? Detail);

/// <summary>Searches the audit trail, newest first, a page at a time: for the CLI and the audit page.</summary>
public sealed class AuditQueries(CitizenFocusDb db)
{
    public async Task<Page<AuditRow>> SearchAsync(AuditSearch search, CancellationToken ct = default)
    {
        var size = Math.Clamp(search.PageSize, 1, AuditSearch.MaxPageSize);
        var number = Math.Max(1, search.Page);

        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.RecordType)) query = query.Where(e => e.RecordType == search.RecordType.Trim());
        if (!string.IsNullOrWhiteSpace(search.RecordId)) query = query.Where(e => e.RecordId == search.RecordId.Trim());
        if (!string.IsNullOrWhiteSpace(search.Actor)) query = query.Where(e => e.Actor == search.Actor.Trim());
        if (search.From is { } from) query = query.Where(e => e.OccurredAt >= from);
        if (search.To is { } to) query = query.Where(e => e.OccurredAt < to);

        var total = await query.LongCountAsync(ct);
        var rows = await query
            .OrderByDescending(e => e.Sequence)
            .Skip((number - 1) * size)
            .Take(size)
            .Select(e => new AuditRow(e.Sequence, e.OccurredAt, e.Actor, e.Action, e.RecordType, e.RecordId, e.Justification, e.Detail))
            .ToListAsync(ct);
        return new Page<AuditRow>(rows, number, size, total);
    }
}
