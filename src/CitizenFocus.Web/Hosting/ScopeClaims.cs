using System.Globalization;
using System.Security.Claims;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;

namespace CitizenFocus.Web.Hosting;

/// <summary>The claims that carry an account's organisational scope, resolved at sign-in.</summary>
public static class ScopeClaims
{
    public const string Level = "cf:scope";

    /// <summary>The <see cref="Level"/> claim of a partner agency's account, whose scope has no organisational level.</summary>
    public const string PartnerAgencyLevel = "PartnerAgency";
    public const string Area = "cf:area";
    public const string Borough = "cf:borough";
    public const string Ward = "cf:ward";
    public const string Partner = "cf:partner";
    public const string DisplayName = "cf:name";
    public const string ScopeName = "cf:scope_name";

    /// <summary>The account's entry in the staff directory, whose work queue "My work" shows.</summary>
    public const string Member = "cf:member";

    public static OrgScope GetOrgScope(this ClaimsPrincipal user)
    {
        // Anything but a known level (a partner agency, or no scope claim at all) has no level, and sees
        // only what is shared with its agency, if it names one.
        if (!Enum.TryParse<OrgLevel>(user.FindFirstValue(Level), out var level) || !Enum.IsDefined(level))
            return new OrgScope(null, null, null, null, Int(user, Partner));
        return new OrgScope(level, Int(user, Area), Int(user, Borough), Int(user, Ward), Int(user, Partner));
    }

    public static string GetDisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "";

    public static string GetScopeName(this ClaimsPrincipal user) => user.FindFirstValue(ScopeName) ?? "";

    /// <summary>The team member the account belongs to; null for accounts outside the teams (commanders, analysts).</summary>
    public static int? GetTeamMemberId(this ClaimsPrincipal user) => Int(user, Member);

    /// <summary>Who to name in the audit trail.</summary>
    /// <summary>The reader of "my work": the account, its team-member entry, its roles and its scope.</summary>
    public static CitizenFocus.Promises.WorkReader GetWorkReader(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier), user.GetTeamMemberId(),
            [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)], user.GetOrgScope());

    public static string AuditActor(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    private static int? Int(ClaimsPrincipal user, string type) =>
        int.TryParse(user.FindFirstValue(type), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}
