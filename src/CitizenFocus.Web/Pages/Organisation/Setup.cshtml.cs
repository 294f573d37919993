using CitizenFocus.Organisation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Organisation;

/// <summary>The set-up checklist for administrators: what is loaded, what is missing, and the command for each.</summary>
public sealed class SetupModel(SetupStatus status) : PageModel
{
    public IReadOnlyList<SetupItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await status.ReadAsync(ct);
}
