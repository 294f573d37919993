using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Calls;

/// <summary>Subject access's way into the calls table: every call whose caller is the person, by name or phone number.</summary>
public sealed class FindCallsAbout(CitizenFocusDb db)
{
    public const int Limit = 1000;

    public async Task<IReadOnlyList<PersonalDataMatch>> SearchAsync(PersonalDataQuery query, CancellationToken ct = default)
    {
        var name = query.NormalisedName;
        var phone = query.PhoneDigits;
        var international = query.PhoneInternational;
        var calls = await db.Calls.AsNoTracking()
            .Where(c => c.CallerName.ToLower() == name
                || (phone != null && c.CallerPhone != null
                    && (c.CallerPhone.Replace(" ", "").Replace("-", "").Replace("(", "").Replace(")", "") == phone
                        || c.CallerPhone.Replace(" ", "").Replace("-", "") == international)))
            .OrderBy(c => c.ReceivedAt).Take(Limit)
            .Select(c => new { c.Reference, c.Kind, c.ReceivedAt, c.CallerName, c.CallerPhone, c.Location, c.Category })
            .ToListAsync(ct);
        return [.. calls.Select(c => new PersonalDataMatch("Call", c.Reference, c.ReceivedAt, $"{(c.Kind == CallKind.Emergency ? "999" : "101")} call: {c.Category}",
            PersonalDataField.Held(("Caller's name", c.CallerName), ("Caller's phone", c.CallerPhone), ("Location", c.Location)),
            c.CallerName.ToLowerInvariant() == name ? "name" : "phone number"))];
    }
}
