using CitizenFocus.Organisation;
using CitizenFocus.Audit;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Sharing;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Demo;

/// <summary>
/// A few records the first borough's inspector has shared with the borough's council, the agency of the
/// demo partner account, through the same use cases staff use (so they are audited): three messages about
/// council matters, one with the sender's details disclosed, and one call about anti-social behaviour.
/// Chosen by id among the generated records, so the same seed shares the same ones.
/// </summary>
internal static class DemoShares
{
    private static readonly (string Subject, string Reason, string? Disclosure)[] Messages =
    [
        ("Fly-tipping in the alley", "Fly-tipping is the council's to clear and enforce: please remove the waste and tell us if you find who left it.",
            "The council's enforcement officer needs to take a witness statement from the resident to prosecute the fly-tipper."),
        ("Graffiti on the bus shelter", "The council removes graffiti from its bus shelters: please arrange for it to be cleaned.", null),
        ("Noise from a neighbour", "Repeated noise from a neighbour: the council's noise team can investigate and serve an abatement notice.", null),
    ];

    public static async Task<long> AddAsync(CitizenFocusDb db, AuditLog audit, TimeProvider time, DemoOrganisation org, CancellationToken ct)
    {
        var borough = org.Boroughs[0];
        var council = org.Partners.First(p => p.BoroughId == borough.Id);
        var scope = new OrgScope(OrgLevel.Borough, borough.AreaId, borough.Id, null, null);
        var actor = $"inspector.{DemoOrganisation.Slug(borough.Name)}@demo.citizenfocus.example";
        var share = new ShareWithPartner(db, audit, time);
        var disclose = new DiscloseToPartner(db, audit, time);
        long rows = 0;

        async Task ShareAsync(string type, string? reference, string reason, string? disclosure)
        {
            if (reference is null) return; // a tiny demo may hold no such record
            Check(await share.HandleAsync(new ShareWithPartnerRequest(type, reference, council.Id, reason), scope, actor, ct));
            rows += 2; // the share and its audit row
            if (disclosure is null) return;
            Check(await disclose.HandleAsync(new DiscloseToPartnerRequest(type, reference, council.Id, disclosure), scope, actor, ct));
            rows += 2;
        }

        foreach (var (subject, reason, disclosure) in Messages)
        {
            var reference = await db.TeamMessages.AsNoTracking().Where(m => m.BoroughId == borough.Id && m.Subject == subject)
                .OrderBy(m => m.Id).Select(m => m.Reference).FirstOrDefaultAsync(ct);
            await ShareAsync(RecordPlaces.Message, reference, reason, disclosure);
        }
        var call = await db.Calls.AsNoTracking().Where(c => c.BoroughId == borough.Id && c.Category == "Anti-social behaviour")
            .OrderBy(c => c.Id).Select(c => c.Reference).FirstOrDefaultAsync(ct);
        await ShareAsync(RecordPlaces.Call, call,
            "Anti-social behaviour reported again at this place: for the community safety partnership's next tasking meeting.", null);
        return rows;
    }

    private static void Check(Common.Result result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("A demo share failed: " + string.Join("; ", result.Errors.Select(e => e.Message)));
    }
}
