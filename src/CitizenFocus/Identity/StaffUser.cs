using CitizenFocus.Organisation;
using Microsoft.AspNetCore.Identity;

namespace CitizenFocus.Identity;

/// <summary>A sign-in account, scoped to part of the organisation or to a partner agency.</summary>
public sealed class StaffUser : IdentityUser
{
    public required string DisplayName { get; set; }
    /// <summary>The level of the account's scope; null for a partner agency's account, which sees only what is shared with the agency.</summary>
    public OrgLevel? ScopeLevel { get; set; }

    /// <summary>The area, borough or ward id (or partner agency id) named by <see cref="ScopeLevel"/>; empty for force scope.</summary>
    public int? ScopeUnitId { get; set; }

    /// <summary>The directory entry of the person, when they are a team member.</summary>
    public int? TeamMemberId { get; set; }

    /// <summary>Created by the demo generator; listed on the sign-in page.</summary>
    public bool IsDemo { get; set; }

    /// <summary>Made and kept by <c>import staff</c>: a later import without it disables it (a leaver).</summary>
    public bool FromStaffImport { get; set; }
}
