using CitizenFocus.Identity;

namespace CitizenFocus.Web.Hosting;

/// <summary>Authorisation policy names. Role policies say who may use a kind of page; <see cref="InScope"/> says which records.</summary>
public static class Policies
{
    /// <summary>Any signed-in member of the force (not partner agencies).</summary>
    public const string Staff = "staff";

    /// <summary>Roles that work with the public's personal records.</summary>
    public const string PersonalRecords = "personal-records";

    public const string Administration = "administration";

    /// <summary>Partner agencies' users, who open only records shared with their agency.</summary>
    public const string Partners = "partners";

    /// <summary>The pages a partner agency's user may open; every other page is for the force's staff.</summary>
    public static readonly string[] PartnerPages = ["/Index", "/Sharing/Record"];

    /// <summary>Supervisors who see their team's queue: ward sergeants, inspectors and borough commanders.</summary>
    public const string Supervisors = "supervisors";

    /// <summary>Compliance with the service standards: analysts, inspectors, borough commanders and administrators.</summary>
    public const string Compliance = "compliance";

    /// <summary>Resource policy: the record lies inside the user's organisational scope.</summary>
    public const string InScope = "in-scope";

    public static readonly string[] SupervisorRoles = [Roles.WardSergeant, Roles.Inspector, Roles.BoroughCommander];

    public static readonly string[] ComplianceRoles = [Roles.PerformanceAnalyst, Roles.Inspector, Roles.BoroughCommander, Roles.Administrator];

    /// <summary>Who may confirm that a team's published details are current.</summary>
    public static readonly string[] TeamDetailsRoles = [Roles.WardSergeant, Roles.Inspector];

    public static readonly string[] StaffRoles = Roles.All.Where(r => r != Roles.PartnerAgencyUser).ToArray();
}
