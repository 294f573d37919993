using CitizenFocus.Common;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Promises.Compliance;

/// <summary>
/// Share of clocks that met a standard, with its 95% Wilson interval, by unit and month against the
/// target; and the month's breaches. Figures are counts with no personal details, so any borough can
/// be compared; breaches name records and are shown only inside the reader's scope.
/// </summary>
public sealed class IndexModel(ComplianceChoices choices, ComplianceQueries compliance) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Standard { get; set; }
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Borough { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? By { get; set; }

    public ComplianceChoices.Form Form { get; private set; } = null!;
    public IReadOnlyList<ComplianceRow> Rows { get; private set; } = [];
    public IReadOnlyList<BreachRow>? Breaches { get; private set; }

    /// <summary>Record titles carry the citizen's name: only roles that work with personal records see them.</summary>
    public bool ShowRecords => Roles.PersonalRecordRoles.Any(User.IsInRole);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = User.GetOrgScope();
        Form = await choices.ReadAsync(Standard, Level, Borough, From, To, scope, ct, By);
        if (Form.Filter is not { } f)
        {
            ModelState.Clear();
            ModelState.AddErrors(Result.Invalid(Form.Errors));
            return;
        }
        Rows = await compliance.ByUnitAsync(f.Standard, f.Level, f.From, f.To, f.BoroughCode, f.Dimension, ct);
        var borough = Form.Borough;
        // Breaches name records: only for the force to force-wide readers, or a borough the reader may choose.
        if (borough is null ? UnitChoice.MayChoose(scope, OrgLevel.Force, null, null, null)
                : UnitChoice.MayChoose(scope, OrgLevel.Borough, borough.AreaId, borough.Id, null))
            Breaches = await compliance.BreachesAsync(f.Standard, f.To, f.BoroughCode, ct: ct);
    }
}
