using CitizenFocus.Common;
using CitizenFocus.Promises;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Promises.Work;

/// <summary>The supervisor's queue: warnings and breaches escalated to them first, then every open clock in their scope.</summary>
public sealed class TeamModel(WorkQueries queries, TimeProvider time) : PageModel
{
    public TeamQueue Queue { get; private set; } = null!;
    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        NowUtc = time.GetUtcNow().UtcDateTime;
        Queue = await queries.TeamQueueAsync(User.GetOrgScope(), User.GetTeamMemberId(), NowUtc, UkTime.EndOfDayUtc(NowUtc), ct);
    }
}
