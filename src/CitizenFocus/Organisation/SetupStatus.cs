using System.Globalization;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Organisation;

/// <summary>One thing a force loads to use the product: whether it is there, what is there, and how to load it.</summary>
public sealed record SetupItem(string Name, bool Loaded, string Held, string HowToLoad);

/// <summary>
/// The set-up checklist (issue 21): what a force has loaded and what is missing, in the order it loads them, with the
/// command for each. It counts rows only, so it reads every capability's main table without touching personal data.
/// </summary>
public sealed class SetupStatus(CitizenFocusDb db)
{
    public async Task<IReadOnlyList<SetupItem>> ReadAsync(CancellationToken ct = default)
    {
        var forces = await db.Forces.CountAsync(ct);
        var areas = await db.Areas.CountAsync(ct);
        var boroughs = await db.Boroughs.CountAsync(ct);
        var wards = await db.Wards.CountAsync(ct);
        var bounded = await db.Wards.CountAsync(w => w.BoundaryWkt != null, ct);
        var teams = await db.Teams.CountAsync(ct);
        var members = await db.TeamMembers.CountAsync(ct);
        var accounts = await db.Users.CountAsync(u => !u.IsDemo, ct);
        var demoAccounts = await db.Users.CountAsync(u => u.IsDemo, ct);
        var postcodes = await db.Postcodes.LongCountAsync(ct);
        var lsoas = await db.LsoaWards.CountAsync(ct);
        var standards = await db.ServiceStandards.CountAsync(ct);
        var answers = await db.SurveyAnswers.LongCountAsync(ct);
        var crimes = await db.Crimes.LongCountAsync(ct);
        var months = await db.OpenDataMonths.CountAsync(ct);

        return
        [
            new("Organisation", forces > 0 && wards > 0,
                forces == 0 ? "no force" : $"{forces} force, {N(areas)} areas, {N(boroughs)} boroughs, {N(wards)} wards",
                "citizenfocus import organisation FILE (docs/imports.md)"),
            new("Ward boundaries", wards > 0 && bounded == wards, wards == 0 ? "no wards" : $"{N(bounded)} of {N(wards)} wards have a boundary",
                "no import yet: the demo force carries its own; a force's boundaries wait for import ward-boundaries"),
            new("Postcodes", postcodes > 0, $"{N(postcodes)} postcodes", "citizenfocus import postcodes FILE (the ONS Postcode Directory)"),
            new("LSOA to ward lookup", lsoas > 0, $"{N(lsoas)} LSOAs", "citizenfocus import lsoa-wards FILE (ONS lookup)"),
            new("Neighbourhood teams", teams > 0, $"{N(teams)} teams, {N(members)} members", "no import yet: teams come with the demo force"),
            new("Staff accounts", accounts > 0, demoAccounts > 0 ? $"{N(accounts)} accounts and {N(demoAccounts)} demo accounts" : $"{N(accounts)} accounts",
                "citizenfocus import staff FILE --site URL (or users add, one at a time)"),
            new("Service standards", standards > 0, $"{N(standards)} standards", "seeded with the database"),
            new("Survey answers", answers > 0, $"{N(answers)} answers", "citizenfocus import survey FILE"),
            new("Crimes", crimes > 0, $"{N(crimes)} crimes", "citizenfocus import crimes FILE"),
            new("police.uk open data", months > 0, $"{N(months)} force months", "citizenfocus import police-uk FILE…"),
        ];
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));
}
