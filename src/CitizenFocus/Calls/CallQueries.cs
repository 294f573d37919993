using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Calls;

/// <summary>Reads of calls, always narrowed to the reader's organisational scope.</summary>
public sealed class CallQueries(CitizenFocusDb db)
{
    public const int PageSize = 50;

    public async Task<CallList> RecentAsync(OrgScope scope, int page, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        var calls = db.Calls.AsNoTracking().InScope(scope, db);
        var rows = await calls.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(c => new CallListRow(c.Reference, c.Kind, c.ReceivedAt,
                db.Boroughs.Where(b => b.Id == c.BoroughId).Select(b => b.Name).First(),
                db.Wards.Where(w => w.Id == c.WardId).Select(w => w.Name).FirstOrDefault(), c.Category))
            .ToListAsync(ct);
        return new CallList(rows.Take(PageSize).ToList(), page, rows.Count > PageSize);
    }

    /// <summary>Whether a call has this reference, in any scope: to tell a refused attempt on a real record from a mistyped reference.</summary>
    public Task<bool> ExistsAnywhereAsync(string reference, CancellationToken ct = default) =>
        db.Calls.AsNoTracking().AnyAsync(c => c.Reference == reference, ct);

    /// <summary>The call by reference when the scope may see it; <see cref="ConsultCall"/> audits the reading.</summary>
    public Task<CallRecord?> FindAsync(string reference, OrgScope scope, CancellationToken ct = default) =>
        db.Calls.AsNoTracking().InScope(scope, db).Where(c => c.Reference == reference)
            .Join(db.Boroughs, c => c.BoroughId, b => b.Id, (c, b) => new CallRecord(
                c.Reference, c.Kind, c.ReceivedAt, c.AnswerSeconds, c.Category, c.CallerName, c.CallerPhone, c.Location,
                c.AttendedAt, b.Name, db.Wards.Where(w => w.Id == c.WardId).Select(w => w.Name).FirstOrDefault(),
                new OrgUnitRef(b.AreaId, b.Id, c.WardId)))
            .SingleOrDefaultAsync(ct);
}
