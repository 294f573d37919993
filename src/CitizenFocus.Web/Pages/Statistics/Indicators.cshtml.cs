using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Statistics;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Web.Pages.Statistics;

/// <summary>
/// The indicator definitions: which survey question each indicator reads and which answers count as
/// positive. Everyone who sees the pack can read them; performance analysts and administrators change them.
/// </summary>
public sealed class IndicatorsModel(CitizenFocusDb db, EditIndicator edit) : PageModel
{
    public static readonly string[] EditorRoles = [Roles.PerformanceAnalyst, Roles.Administrator];

    public IReadOnlyList<IndicatorDefinition> Indicators { get; private set; } = [];
    public IndicatorDefinition? Editing { get; private set; }
    public bool CanEdit => EditorRoles.Any(User.IsInRole);

    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string PositiveAnswers { get; set; } = "";
    [BindProperty] public string ExcludedAnswers { get; set; } = "";
    [BindProperty] public bool HigherIsBetter { get; set; } = true;
    [TempData] public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Code is null) return Page();
        if (Editing is null) return NotFound();
        Name = Editing.Name;
        PositiveAnswers = string.Join('\n', Editing.PositiveList);
        ExcludedAnswers = string.Join('\n', Editing.ExcludedList);
        HigherIsBetter = Editing.HigherIsBetter;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        if (Code is null) return BadRequest();
        var result = await edit.HandleAsync(Code, new IndicatorChanges(Name, PositiveAnswers, ExcludedAnswers, HigherIsBetter), User.AuditActor(), ct);
        if (result.Kind == Common.FailureKind.NotFound) return NotFound();
        if (!result.Succeeded)
        {
            await LoadAsync(ct);
            ModelState.AddErrors(result);
            return Page();
        }
        Saved = Code;
        return RedirectToPage(new { Code = (string?)null });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Indicators = await db.IndicatorDefinitions.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(ct);
        Editing = Code is null ? null : Indicators.FirstOrDefault(i => i.Code == Code);
    }
}
