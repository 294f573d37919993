using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using Microsoft.AspNetCore.Identity;

namespace CitizenFocus.Demo;

/// <summary>One sign-in per role for the demo force. They exist only in demo data.</summary>
internal static class DemoAccounts
{
    /// <summary>Shown on the sign-in page of a demo database; never used outside demo data.</summary>
    public const string Password = DemoGenerator.DemoPassword;

    public static List<(StaffUser User, string Role)> Create(DemoOrganisation org)
    {
        var first = org.Boroughs[0];
        var second = org.Boroughs[1];
        var firstWard = org.Wards.First(w => w.BoroughId == first.Id);
        var wardTeam = org.Teams.First(t => t.WardId == firstWard.Id);
        var sergeant = org.Members.FirstOrDefault(m => m.TeamId == wardTeam.Id && m.Role == Organisation.StaffRole.Sergeant);
        var officer = org.Members.FirstOrDefault(m => m.TeamId == wardTeam.Id && m.Role == Organisation.StaffRole.Constable);
        var inspector = org.Members.FirstOrDefault(m => m.Id == wardTeam.InspectorMemberId);
        var partner = org.Partners.First(p => p.BoroughId == first.Id);
        var b1 = DemoOrganisation.Slug(first.Name);
        var b2 = DemoOrganisation.Slug(second.Name);

        (string Login, string Name, string Role, OrgLevel? Level, int? Unit, int? Member)[] specs =
        [
            ("admin", "Demo administrator", Roles.Administrator, OrgLevel.Force, null, null),
            ("analyst", "Demo performance analyst", Roles.PerformanceAnalyst, OrgLevel.Force, null, null),
            ("callhandler", "Demo call handler", Roles.CallHandler, OrgLevel.Force, null, null),
            ($"commander.{b1}", $"{first.Name} borough commander", Roles.BoroughCommander, OrgLevel.Borough, first.Id, null),
            ($"commander.{b2}", $"{second.Name} borough commander", Roles.BoroughCommander, OrgLevel.Borough, second.Id, null),
            ($"inspector.{b1}", inspector?.DisplayName ?? $"{first.Name} inspector", Roles.Inspector, OrgLevel.Borough, first.Id, inspector?.Id),
            ($"sergeant.{b1}", sergeant?.DisplayName ?? "Ward sergeant", Roles.WardSergeant, OrgLevel.Ward, firstWard.Id, sergeant?.Id),
            ($"officer.{b1}", officer?.DisplayName ?? "Neighbourhood officer", Roles.NeighbourhoodOfficer, OrgLevel.Ward, firstWard.Id, officer?.Id),
            ($"victimcare.{b1}", $"{first.Name} victim-care officer", Roles.VictimCareOfficer, OrgLevel.Borough, first.Id, null),
            ($"partner.{b1}", partner.Name, Roles.PartnerAgencyUser, null, partner.Id, null),
            ("areacommander", $"{org.Areas[0].Name} area commander", Roles.BoroughCommander, OrgLevel.Area, org.Areas[0].Id, null),
        ];

        var hasher = new PasswordHasher<StaffUser>();
        var result = new List<(StaffUser, string)>();
        foreach (var s in specs)
        {
            var email = $"{s.Login}@demo.citizenfocus.example";
            var user = new StaffUser
            {
                Id = "demo-" + s.Login,
                UserName = email, NormalizedUserName = email.ToUpperInvariant(),
                Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
                DisplayName = s.Name, ScopeLevel = s.Level, ScopeUnitId = s.Unit, TeamMemberId = s.Member,
                IsDemo = true, LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            user.PasswordHash = hasher.HashPassword(user, Password);
            result.Add((user, s.Role));
        }
        return result;
    }
}
