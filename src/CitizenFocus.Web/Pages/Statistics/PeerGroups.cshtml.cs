using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics.PeerGroups;
using CitizenFocus.Statistics.Performance;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Statistics;

/// <summary>
/// A borough's or ward's peer group: the units it is compared with, how far each is from it in census
/// profile, and whether an analyst chose them. Performance analysts and administrators may choose the
/// peers themselves, with a reason, or go back to the most similar; both are audited.
/// </summary>
public sealed class PeerGroupsModel(PackPage pages, SetPeerGroup setPeers) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty] public List<string> Peers { get; set; } = [];
    [BindProperty] public string? Reason { get; set; }
    [TempData] public string? Saved { get; set; }

    public PackUnit Chosen { get; private set; } = null!;
    public PeerGroup Group { get; private set; } = null!;
    public SurveyData Data { get; private set; } = null!;
    public IReadOnlyList<(PackUnit Unit, double? Distance, bool InGroup)> Candidates { get; private set; } = [];
    public bool CanEdit => IndicatorsModel.EditorRoles.Any(User.IsInRole);

    /// <summary>Nothing is loaded yet: the page says so.</summary>
    public bool NothingLoaded { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await pages.NothingLoadedAsync(ct))
        {
            NothingLoaded = true;
            return Page();
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        if (!await LoadAsync(ct)) return NotFound();
        var result = await setPeers.HandleAsync(Chosen.Level, Chosen.Code, Peers, Reason, User.AuditActor(), ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            return Page();
        }
        Saved = "Peers chosen. Figures computed from now on compare with them.";
        return RedirectToPage(new { Level, Unit });
    }

    public async Task<IActionResult> OnPostClearAsync(CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        if (!await LoadAsync(ct)) return NotFound();
        var result = await setPeers.ClearAsync(Chosen.Level, Chosen.Code, User.AuditActor(), ct);
        if (result.Kind == Common.FailureKind.NotFound) return NotFound();
        Saved = "The most similar units by census profile are the peers again.";
        return RedirectToPage(new { Level, Unit });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (Level is null || !Enum.TryParse<OrgLevel>(Level, ignoreCase: true, out var level) || level is not (OrgLevel.Borough or OrgLevel.Ward)
            || string.IsNullOrWhiteSpace(Unit)) return false;
        var selection = await pages.ReadAsync(User, Level, Unit, null, ct);
        if (selection is null) return false;
        Data = selection.Engine.Data;
        Chosen = selection.Unit;
        Group = selection.Engine.GroupOf(Chosen);
        var members = new HashSet<string>(Group.Peers, StringComparer.OrdinalIgnoreCase);
        var distances = Data.PeerGroups.Distances(level, Chosen.Code);
        Candidates = Data.UnitsAt(level).Where(u => u.Id != Chosen.Id)
            .Select(u => (u, distances.TryGetValue(u.Code, out var d) ? d : (double?)null, members.Contains(u.Code)))
            .OrderBy(c => c.Item2 ?? double.MaxValue).ThenBy(c => c.u.Name, StringComparer.Ordinal).ToList();
        if (Request.Method == "GET") Peers = [.. Group.Peers];
        return true;
    }
}
