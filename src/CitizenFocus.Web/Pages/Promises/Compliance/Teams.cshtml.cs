using CitizenFocus.Identity;
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
        var own = boroughs.FirstOrDefault(b => b.Id == scope.BoroughId);
        var below = await organisation.BelowEstablishmentAsync(scope.Level is OrgLevel.Borough or OrgLevel.Ward ? own?.Code ?? "-" : null, ct);
        var visible = boroughs.Where(b => scope.CoversBorough(b.Id, b.AreaId)).Select(b => b.Name).ToHashSet();
        BelowEstablishment = below.Where(r => visible.Contains(r.BoroughName)).ToList();
    }
}
