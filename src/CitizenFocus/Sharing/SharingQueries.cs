using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Sharing;

/// <summary>
/// Reads of partner shares: what an agency's users may open (through the scope rule), how a record is
/// shared, and whether the person's details in it may be shown to the reader.
/// </summary>
public sealed class SharingQueries(CitizenFocusDb db)
{
    /// <summary>The agency a partner's scope belongs to; null for staff.</summary>
    public async Task<PartnerAgencyView?> AgencyAsync(OrgScope scope, CancellationToken ct = default)
    {
        if (ScopeRule.PartnerAgencyOf(scope) is not int agencyId) return null;
        var agency = await db.PartnerAgencies.AsNoTracking().Where(p => p.Id == agencyId)
            .Select(p => new { p.Id, p.Name, p.Kind, Borough = db.Boroughs.Where(b => b.Id == p.BoroughId).Select(b => b.Name).FirstOrDefault() })
            .SingleOrDefaultAsync(ct);
        return agency is null ? null : new PartnerAgencyView(agency.Id, agency.Name, KindWord(agency.Kind), agency.Borough);
    }

    /// <summary>The records the reader's agency may open, most recently shared first; empty for staff.</summary>
    public async Task<IReadOnlyList<SharedRecordRow>> SharedWithAsync(OrgScope scope, CancellationToken ct = default)
    {
        if (!scope.IsPartnerAgency) return [];
        var shares = ScopeRule.SharesOf(scope, db).AsNoTracking();
        var messages = await db.TeamMessages.AsNoTracking().InScope(scope, db)
            .Join(shares.Where(s => s.RecordType == RecordPlaces.Message), m => m.Reference, s => s.RecordId, (m, s) => new { m, s })
            .Select(x => new SharedRecordRow(RecordPlaces.Message, x.m.Reference, x.m.Subject, x.m.ReceivedAt,
                db.Boroughs.Where(b => b.Id == x.m.BoroughId).Select(b => b.Name).First(),
                db.Wards.Where(w => w.Id == x.m.WardId).Select(w => w.Name).FirstOrDefault(),
                x.s.SharedAt, x.s.Reason, db.PartnerDisclosures.Any(d => d.ShareId == x.s.Id)))
            .ToListAsync(ct);
        var calls = await db.Calls.AsNoTracking().InScope(scope, db)
            .Join(shares.Where(s => s.RecordType == RecordPlaces.Call), c => c.Reference, s => s.RecordId, (c, s) => new { c, s })
            .Select(x => new SharedRecordRow(RecordPlaces.Call, x.c.Reference, x.c.Category, x.c.ReceivedAt,
                db.Boroughs.Where(b => b.Id == x.c.BoroughId).Select(b => b.Name).First(),
                db.Wards.Where(w => w.Id == x.c.WardId).Select(w => w.Name).FirstOrDefault(),
                x.s.SharedAt, x.s.Reason, db.PartnerDisclosures.Any(d => d.ShareId == x.s.Id)))
            .ToListAsync(ct);
        return messages.Concat(calls).OrderByDescending(r => r.SharedAt).ThenBy(r => r.RecordId, StringComparer.Ordinal).ToList();
    }

    /// <summary>A call or message the reader may see (the scope rule decides), summarised for sharing; null when they may not.</summary>
    public async Task<ShareableRecord?> RecordAsync(OrgScope scope, string recordType, string recordId, CancellationToken ct = default) =>
        recordType switch
        {
            RecordPlaces.Call => await db.Calls.AsNoTracking().InScope(scope, db).Where(c => c.Reference == recordId)
                .Select(c => new ShareableRecord(RecordPlaces.Call, c.Reference, c.Category, c.ReceivedAt, c.BoroughId,
                    db.Boroughs.Where(b => b.Id == c.BoroughId).Select(b => b.Name).First(),
                    db.Wards.Where(w => w.Id == c.WardId).Select(w => w.Name).FirstOrDefault()))
                .SingleOrDefaultAsync(ct),
            RecordPlaces.Message => await db.TeamMessages.AsNoTracking().InScope(scope, db).Where(m => m.Reference == recordId)
                .Select(m => new ShareableRecord(RecordPlaces.Message, m.Reference, m.Subject, m.ReceivedAt, m.BoroughId,
                    db.Boroughs.Where(b => b.Id == m.BoroughId).Select(b => b.Name).First(),
                    db.Wards.Where(w => w.Id == m.WardId).Select(w => w.Name).FirstOrDefault()))
                .SingleOrDefaultAsync(ct),
            _ => null,
        };

    /// <summary>How a record is shared with the reader's agency; null for staff and for records not shared with it.</summary>
    public async Task<ShareView?> ShareAsync(OrgScope scope, string recordType, string recordId, CancellationToken ct = default) =>
        scope.IsPartnerAgency ? (await Views(ScopeRule.SharesOf(scope, db), recordType, recordId).ToListAsync(ct)).SingleOrDefault() : null;

    /// <summary>The agencies a record is shared with, for staff who may see the record (the caller has checked that).</summary>
    public async Task<IReadOnlyList<ShareView>> SharesOfAsync(string recordType, string recordId, CancellationToken ct = default) =>
        (await Views(db.PartnerShares, recordType, recordId).ToListAsync(ct)).OrderBy(s => s.AgencyName, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Whether the reader may see the person's details in a record they may open: staff may (the scope
    /// rule let them open it); a partner agency's users only where a disclosure to their agency is recorded.
    /// </summary>
    public async Task<bool> PersonalDetailsVisibleAsync(OrgScope scope, string recordType, string recordId, CancellationToken ct = default)
    {
        if (!scope.IsPartnerAgency) return true;
        return await ScopeRule.SharesOf(scope, db).AsNoTracking()
            .Where(s => s.RecordType == recordType && s.RecordId == recordId)
            .AnyAsync(s => db.PartnerDisclosures.Any(d => d.ShareId == s.Id), ct);
    }

    /// <summary>The agencies a record in a borough can be shared with: the borough's own and those that work force-wide.</summary>
    public async Task<IReadOnlyList<PartnerAgencyView>> AgenciesForAsync(int boroughId, CancellationToken ct = default) =>
        (await db.PartnerAgencies.AsNoTracking().Where(p => p.BoroughId == null || p.BoroughId == boroughId)
            .Select(p => new { p.Id, p.Name, p.Kind, Borough = db.Boroughs.Where(b => b.Id == p.BoroughId).Select(b => b.Name).FirstOrDefault() })
            .ToListAsync(ct))
        .Select(p => new PartnerAgencyView(p.Id, p.Name, KindWord(p.Kind), p.Borough))
        .OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

    private IQueryable<ShareView> Views(IQueryable<PartnerShare> shares, string recordType, string recordId) =>
        shares.AsNoTracking().Where(s => s.RecordType == recordType && s.RecordId == recordId)
            .Select(s => new ShareView(s.PartnerAgencyId,
                db.PartnerAgencies.Where(p => p.Id == s.PartnerAgencyId).Select(p => p.Name).First(),
                s.SharedAt, s.SharedBy, s.Reason,
                db.PartnerDisclosures.Where(d => d.ShareId == s.Id).Select(d => (DateTime?)d.DisclosedAt).FirstOrDefault(),
                db.PartnerDisclosures.Where(d => d.ShareId == s.Id).Select(d => d.DisclosedBy).FirstOrDefault(),
                db.PartnerDisclosures.Where(d => d.ShareId == s.Id).Select(d => d.Justification).FirstOrDefault()));

    private static string KindWord(PartnerKind kind) => kind switch
    {
        PartnerKind.Council => "council",
        PartnerKind.Housing => "housing provider",
        PartnerKind.Transport => "transport operator",
        PartnerKind.Health => "health service",
        _ => "partner agency",
    };
}
