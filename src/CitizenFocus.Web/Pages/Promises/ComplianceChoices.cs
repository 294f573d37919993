using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Web.Pages.Promises;

/// <summary>
/// What a compliance report is for: a standard, the units (an organisational level, or null for neighbourhood
/// teams), an optional borough and a range of UK months.
/// </summary>
public sealed record ComplianceFilter(string Standard, OrgLevel? Level, string? BoroughCode, DateOnly From, DateOnly To, string? Dimension = null)
{
    public string Query =>
        $"Standard={Uri.EscapeDataString(Standard)}&Level={ComplianceChoices.LevelName(Level)}&Borough={Uri.EscapeDataString(BoroughCode ?? ComplianceChoices.AllBoroughs)}" +
        $"&From={From.ToString("yyyy-MM", CultureInfo.InvariantCulture)}&To={To.ToString("yyyy-MM", CultureInfo.InvariantCulture)}" +
        (Dimension is null ? "" : $"&By={Uri.EscapeDataString(Dimension)}");
}

/// <summary>
/// Reads the compliance page's, CSV's and API's parameters the same way, with their choices and
/// defaults: the team message standard, the last three months, and for borough and ward users
/// their own borough.
/// </summary>
public sealed class ComplianceChoices(CitizenFocusDb db, TimeProvider time)
{
    public const string AllBoroughs = "all";

    /// <summary>The value of the "figures by" choice that reports by neighbourhood team rather than by a level.</summary>
    public const string Teams = "Team";

    /// <summary>The "figures by" choices in order: the organisation's levels, then teams (null).</summary>
    public static IReadOnlyList<OrgLevel?> LevelChoices { get; } = [.. Enum.GetValues<OrgLevel>().Select(l => (OrgLevel?)l), null];

    public static string LevelName(OrgLevel? level) => level?.ToString() ?? Teams;

    /// <summary>"Borough" → borough; "team" → teams (null); anything else is not read.</summary>
    public static (bool Read, OrgLevel? Level) ReadLevel(string? text) =>
        string.Equals(text?.Trim(), Teams, StringComparison.OrdinalIgnoreCase) ? (true, null)
        : EnumInput.Parse<OrgLevel>(text) is { } level ? (true, level) : (false, null);
    public const int MaxMonths = 36;

    public sealed record StandardChoice(string Code, string Name, double TargetShare, IReadOnlyList<string> Dimensions)
    {
        public bool EveryCase => TargetShare >= 1.0;
    }
    public sealed record BoroughChoice(int Id, int AreaId, string Code, string Name);

    public sealed record Form(IReadOnlyList<StandardChoice> Standards, IReadOnlyList<BoroughChoice> Boroughs,
        IReadOnlyList<DateOnly> Months, ComplianceFilter? Filter, IReadOnlyList<ValidationError> Errors)
    {
        public BoroughChoice? Borough => Filter?.BoroughCode is { } code ? Boroughs.FirstOrDefault(b => b.Code == code) : null;
        public StandardChoice? Standard => Filter is null ? null : Standards.FirstOrDefault(s => s.Code == Filter.Standard);
    }

    /// <param name="by">A dimension of the standard (grade, channel…) to break the figures down by; none or empty for whole units.</param>
    public async Task<Form> ReadAsync(string? standard, string? level, string? borough, string? from, string? to, OrgScope scope,
        CancellationToken ct = default, string? by = null)
    {
        var standards = (await db.ServiceStandards.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct))
            .Select(s => new StandardChoice(s.Code, s.Name, s.TargetShare, s.DimensionNames)).ToList();
        var boroughs = (await db.Boroughs.AsNoTracking().Select(b => new BoroughChoice(b.Id, b.AreaId, b.Code, b.Name)).ToListAsync(ct))
            .OrderBy(b => b.Name, StringComparer.Ordinal).ToList();
        var thisMonth = UkTime.ThisMonth(time);
        var months = Enumerable.Range(0, 24).Select(i => thisMonth.AddMonths(-i)).ToList();

        var errors = new List<ValidationError>();
        var standardCode = string.IsNullOrWhiteSpace(standard) ? StandardCodes.TeamMessage : standard.Trim();
        if (standards.All(s => s.Code != standardCode)) errors.Add(new("Standard", "Select a service standard"));

        // Borough and ward users start from their own borough; "all" asks for the whole force.
        var home = UnitChoice.HomeBorough(scope);
        var own = home is null ? null : boroughs.FirstOrDefault(b => b.Id == home);
        string? boroughCode = borough is null ? own?.Code : borough.Equals(AllBoroughs, StringComparison.OrdinalIgnoreCase) ? null : borough.Trim();
        if (boroughCode is not null && boroughs.All(b => b.Code != boroughCode)) errors.Add(new("Borough", "Select a borough"));

        var (levelRead, chosenLevel) = level is null ? (true, boroughCode is null ? OrgLevel.Borough : (OrgLevel?)null) : ReadLevel(level);
        if (!levelRead) errors.Add(new("Level", "Select force, area, borough, ward or team"));

        var fromMonth = from is null ? thisMonth.AddMonths(-2) : Month(from);
        var toMonth = to is null ? thisMonth : Month(to);
        if (fromMonth is null) errors.Add(new("From", $"Enter the first month as a year and month between {FirstYear} and {LastYear}, like 2026-09"));
        if (toMonth is null) errors.Add(new("To", $"Enter the last month as a year and month between {FirstYear} and {LastYear}, like 2026-11"));
        if (fromMonth is { } f && toMonth is { } t)
        {
            if (t < f) errors.Add(new("To", "The last month must be the same as or after the first month"));
            else if ((t.Year - f.Year) * 12 + t.Month - f.Month >= MaxMonths) errors.Add(new("To", $"Choose at most {MaxMonths} months"));
        }

        // Dimensions are the standard's own: a new standard that names its dimensions is broken down by them with no new code.
        var dimension = string.IsNullOrWhiteSpace(by) ? null : by.Trim();
        var chosenStandard = standards.FirstOrDefault(s => s.Code == standardCode);
        if (dimension is not null && chosenStandard is not null)
        {
            var known = chosenStandard.Dimensions.FirstOrDefault(d => string.Equals(d, dimension, StringComparison.OrdinalIgnoreCase));
            if (known is null)
                errors.Add(new("By", chosenStandard.Dimensions.Count == 0
                    ? "This standard's figures cannot be broken down further: choose no breakdown"
                    : $"Choose a breakdown this standard records: {string.Join(", ", chosenStandard.Dimensions)}"));
            dimension = known;
        }

        var filter = errors.Count == 0
            ? new ComplianceFilter(standardCode, chosenLevel, boroughCode, fromMonth!.Value, toMonth!.Value, dimension)
            : null;
        return new Form(standards, boroughs, months, filter, errors);
    }

    /// <summary>The years a month may name: a wider range only invites arithmetic past the calendar's end (9999-12 plus a month).</summary>
    public const int FirstYear = 2000, LastYear = 2100;

    private static DateOnly? Month(string value) =>
        DateOnly.TryParseExact(value.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && d.Year is >= FirstYear and <= LastYear ? d : null;
}
