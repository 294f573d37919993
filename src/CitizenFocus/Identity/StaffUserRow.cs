using CitizenFocus.Organisation;

namespace CitizenFocus.Identity;

/// <summary>A staff account as listed for administrators: its roles and its scope by unit code.</summary>
public sealed record StaffUserRow(
    string Id, string Email, string DisplayName, IReadOnlyList<string> Roles,
    OrgLevel? ScopeLevel, string? ScopeUnit, bool IsDemo, DateTimeOffset? LockoutEnd)
{
    /// <summary>"force", "borough:E09000002", "partner:3": the form the command line takes.</summary>
    public string Scope => ScopeText.Format(ScopeLevel, ScopeUnit);
}
