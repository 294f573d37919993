using CitizenFocus.Identity;
using CitizenFocus.Statistics;
using CitizenFocus.Organisation;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Promises.Compliance;

/// <summary>
/// The Pledge point 2 check for the reader's scope: teams whose published details are missing or
/// not confirmed for 90 days, and ward teams below establishment.
/// </summary>
public sealed class TeamsModel(TeamPublicationQueries publication, OrganisationQueries organisation, ComplianceChoices choices, TimeProvider time)
    : PageModel
{
    public IReadOnlyList<TeamPublicationRow> Publication { get; private set; } = [];
    public IReadOnlyList<BelowEstablishmentRow> BelowEstablishment { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = User.GetOrgScope();
        Publication = await publication.NeedingAttentionAsync(scope, time.GetUtcNow().UtcDateTime, ct);

        var boroughs = (await choices.ReadAsync(null, null, ComplianceChoices.AllBoroughs, null, null, scope, ct)).Boroughs;
        var home = UnitChoice.HomeBorough(scope);
        var own = boroughs.FirstOrDefault(b => b.Id == home);
        var below = await organisation.BelowEstablishmentAsync(home is null ? null : own?.Code ?? "-", ct);
        var visible = boroughs.Where(b => UnitChoice.MayChoose(scope, OrgLevel.Borough, b.AreaId, b.Id, null)).Select(b => b.Name).ToHashSet();
        BelowEstablishment = below.Where(r => visible.Contains(r.BoroughName)).ToList();
    }
}
