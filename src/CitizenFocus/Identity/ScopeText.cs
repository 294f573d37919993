using CitizenFocus.Organisation;

namespace CitizenFocus.Identity;

/// <summary>
/// A scope written as text: "force", "area:NE", "borough:E09000002", "ward:E05000026", "partner:3".
/// The command line takes it, and lists and the audit trail show it. A partner agency's scope has no
/// organisational level (null): the agency sees only what is shared with it.
/// </summary>
public static class ScopeText
{
    public const string Forms = "force, area:CODE, borough:CODE, ward:CODE or partner:ID";

    public static string Format(OrgLevel? level, string? unit) => level switch
    {
        OrgLevel.Force => "force",
        null => $"partner:{unit}",
        _ => $"{level.Value.ToString().ToLowerInvariant()}:{unit?.ToUpperInvariant()}",
    };

    public static bool TryParse(string text, out OrgLevel? level, out string? unit)
    {
        var parts = text.Trim().Split(':', 2);
        unit = parts.Length == 2 ? parts[1].Trim() : null;
        level = default;
        switch (parts[0].Trim().ToLowerInvariant())
        {
            case "force": level = OrgLevel.Force; return unit is null;
            case "area": level = OrgLevel.Area; break;
            case "borough": level = OrgLevel.Borough; break;
            case "ward": level = OrgLevel.Ward; break;
            case "partner": level = null; break;
            default: return false;
        }
        return !string.IsNullOrEmpty(unit);
    }
}
