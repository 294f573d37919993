using System.Globalization;
using CitizenFocus.Retention;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Retention;

/// <summary>The retention rules, for administrators: every version, which is in force, and a change from a stated date.</summary>
public sealed class RulesModel(ChangeRetentionRule rules) : PageModel
{
    [BindProperty] public int RuleId { get; set; }
    [BindProperty] public string? PeriodDays { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty(Name = "AppliesFrom-day")] public string? Day { get; set; }
    [BindProperty(Name = "AppliesFrom-month")] public string? Month { get; set; }
    [BindProperty(Name = "AppliesFrom-year")] public string? Year { get; set; }
    [BindProperty] public string? Basis { get; set; }

    public IReadOnlyList<RetentionRuleRow> Rows { get; private set; } = [];
    public bool Done { get; private set; }

    public async Task OnGetAsync(bool done, CancellationToken ct)
    {
        Done = done;
        Rows = await rules.ListAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        int? period = int.TryParse(PeriodDays?.Replace(",", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        var from = DateFields.Read(Day, Month, Year);
        var result = await rules.HandleAsync(new RetentionRuleChange(RuleId, period, EnumInput.Parse<RetentionOutcome>(Outcome), from, Basis), User.AuditActor(), ct);
        if (result.Succeeded) return LocalRedirect("/Retention/Rules?done=true");
        if (result.Kind == Common.FailureKind.NotFound) return NotFound();
        ModelState.AddErrors(result);
        Rows = await rules.ListAsync(ct);
        return Page();
    }
}
