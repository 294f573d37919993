using System.Text.RegularExpressions;
using CitizenFocus.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Contact.Public;

/// <summary>
/// The acknowledgement with the reference number. It reads nothing about the message, so the
/// address cannot be used to learn whether a reference exists.
/// </summary>
public sealed partial class SentModel(OrganisationQueries queries) : PageModel
{
    public string Reference { get; private set; } = "";
    public string TeamName { get; private set; } = "";
    public string TeamSlug { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, string reference, CancellationToken ct)
    {
        if (!ReferencePattern().IsMatch(reference)) return NotFound();
        var team = await queries.TeamAsync(slug, ct);
        if (team is null) return NotFound();
        (Reference, TeamName, TeamSlug) = (reference, team.Name, team.Slug);
        return Page();
    }

    [GeneratedRegex("^TM-[0-9A-Z]{4}-[0-9A-Z]{4}$")]
    private static partial Regex ReferencePattern();
}
