using System.Globalization;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Identity;

/// <summary>The unit an account's scope names, found by its code (area, borough, ward) or id (partner agency).</summary>
internal static class StaffScopeUnits
{
    public static async Task<(int? Id, string? Error)> ResolveAsync(CitizenFocusDb db, OrgLevel? level, string? unit, CancellationToken ct)
    {
        if (level == OrgLevel.Force)
            return string.IsNullOrEmpty(unit) ? (null, null) : (null, "Whole-force accounts are not scoped to a unit");
        if (string.IsNullOrEmpty(unit))
            return (null, $"Enter the {Describe(level)} this account is scoped to");

        var code = unit.ToUpperInvariant();
        int? id = level switch
        {
            OrgLevel.Area => await db.Areas.Where(a => a.Code == code).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct),
            OrgLevel.Borough => await db.Boroughs.Where(b => b.Code == code).Select(b => (int?)b.Id).FirstOrDefaultAsync(ct),
            OrgLevel.Ward => await db.Wards.Where(w => w.Code == code).Select(w => (int?)w.Id).FirstOrDefaultAsync(ct),
            null when int.TryParse(unit, NumberStyles.None, CultureInfo.InvariantCulture, out var partnerId) =>
                await db.PartnerAgencies.Where(p => p.Id == partnerId).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct),
            _ => null,
        };
        return id is null ? (null, $"There is no {Describe(level)} with the code or id '{unit}'") : (id, null);
    }

    private static string Describe(OrgLevel? level) => level switch
    {
        null => "partner agency",
        _ => level.Value.ToString().ToLowerInvariant(),
    };
}
