using CitizenFocus.Common;
using CitizenFocus.Contact;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Contact;

/// <summary>Messages to the teams in the reader's scope, newest first, by status.</summary>
public sealed class IndexModel(MessageQueries queries, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public MessageStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Page<MessageListRow> Messages { get; private set; } = new([], 1, MessageQueries.PageSize, 0);
    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        NowUtc = time.GetUtcNow().UtcDateTime;
        if (Status is { } s && !Enum.IsDefined(s)) Status = null;
        Messages = await queries.ListAsync(User.GetOrgScope(), Status, PageNumber, ct);
    }

    public string PageLink(int page) => $"/Messages?Status={Status}&p={page}";
}
