using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// Subject access's way into the crimes table: crimes whose victim or offender reference is the person's record key.
/// Crimes hold no names, so they are found only by the key the force's crime system gives the person.
/// </summary>
public sealed class FindCrimesAbout(CitizenFocusDb db)
{
    public const int Limit = 1000;

    public async Task<IReadOnlyList<PersonalDataMatch>> SearchAsync(PersonalDataQuery query, CancellationToken ct = default)
    {
        var key = query.Key;
        if (key is null) return [];
        var crimes = await db.Crimes.AsNoTracking()
            .Where(c => c.VictimRef == key || c.OffenderRef == key)
            .OrderBy(c => c.ReportedAt).Take(Limit)
            .Select(c => new { c.Reference, c.CrimeType, c.ReportedAt, c.CommittedAt, c.Street, c.VictimRef, c.OffenderRef })
            .ToListAsync(ct);
        return [.. crimes.Select(c => new PersonalDataMatch("Crime", c.Reference, c.ReportedAt,
            $"{c.CrimeType}, as {(c.VictimRef == key ? "the victim" : "the offender")}",
            PersonalDataField.Held(("Role in the crime", c.VictimRef == key ? "victim" : "offender"), ("Reference held", key), ("Street", c.Street)),
            "record key"))];
    }
}
