using CitizenFocus.Common;
using CitizenFocus.Promises;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Promises.Work;

/// <summary>"My work": what I hold, soonest deadline first, with what was escalated to me.</summary>
public sealed class IndexModel(WorkQueries queries, TimeProvider time) : PageModel
{
    public MyWork? Work { get; private set; }
    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        NowUtc = time.GetUtcNow().UtcDateTime;
        Work = await queries.MyWorkAsync(User.GetWorkReader(), NowUtc, UkTime.EndOfDayUtc(NowUtc), ct);
    }
}
