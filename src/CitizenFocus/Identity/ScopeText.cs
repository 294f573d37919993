namespace CitizenFocus.Identity;

/// <summary>
/// A scope written as text: "force", "area:NE", "borough:E09000002", "ward:E05000026", "partner:3".
/// The command line takes it, and lists and the audit trail show it.
/// </summary>
public static class ScopeText
{
    public const string Forms = "force, area:CODE, borough:CODE, ward:CODE or partner:ID";

    public static string Format(ScopeLevel level, string? unit) => level switch
    {
        ScopeLevel.Force => "force",
        ScopeLevel.PartnerAgency => $"partner:{unit}",
        _ => $"{level.ToString().ToLowerInvariant()}:{unit?.ToUpperInvariant()}",
    };

    public static bool TryParse(string text, out ScopeLevel level, out string? unit)
    {
        var parts = text.Trim().Split(':', 2);
        unit = parts.Length == 2 ? parts[1].Trim() : null;
        level = default;
        switch (parts[0].Trim().ToLowerInvariant())
        {
            case "force": level = ScopeLevel.Force; return unit is null;
            case "area": level = ScopeLevel.Area; break;
            case "borough": level = ScopeLevel.Borough; break;
            case "ward": level = ScopeLevel.Ward; break;
            case "partner": level = ScopeLevel.PartnerAgency; break;
            default: return false;
        }
        return !string.IsNullOrEmpty(unit);
    }
}
