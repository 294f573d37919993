namespace CitizenFocus.Identity;

/// <summary>The staff roles. Names are stored in the role table and shown on screen.</summary>
public static class Roles
{
    public const string CallHandler = "Call handler";
    public const string NeighbourhoodOfficer = "Neighbourhood officer";
    public const string WardSergeant = "Ward sergeant";
    public const string Inspector = "Inspector";
    public const string BoroughCommander = "Borough commander";
    public const string PerformanceAnalyst = "Performance analyst";
    public const string VictimCareOfficer = "Victim-care officer";
    public const string PartnerAgencyUser = "Partner-agency user";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All =
    [
        CallHandler, NeighbourhoodOfficer, WardSergeant, Inspector, BoroughCommander,
        PerformanceAnalyst, VictimCareOfficer, PartnerAgencyUser, Administrator,
    ];

    /// <summary>Roles that work with personal records of the public (calls, victims, messages).</summary>
    public static readonly IReadOnlyList<string> PersonalRecordRoles =
    [
        CallHandler, NeighbourhoodOfficer, WardSergeant, Inspector, BoroughCommander, VictimCareOfficer, Administrator,
    ];

    public static string? Find(string name) =>
        All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Slug(r), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>"Ward sergeant" → "ward-sergeant", for the command line.</summary>
    public static string Slug(string role) => role.ToLowerInvariant().Replace(' ', '-');
}
