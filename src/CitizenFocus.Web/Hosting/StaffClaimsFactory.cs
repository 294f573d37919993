using System.Globalization;
using System.Security.Claims;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CitizenFocus.Web.Hosting;

/// <summary>Adds the account's scope, with its ancestors resolved, to the sign-in cookie.</summary>
public sealed class StaffClaimsFactory(
    UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, CitizenFocusDb db, TimeProvider time)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        // On a refresh of the principal SessionValidation.KeepSignInTime puts back the original sign-in's time.
        identity.AddClaim(new Claim(SessionValidation.SignedInAt, time.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ScopeClaims.Level, user.ScopeLevel?.ToString() ?? ScopeClaims.PartnerAgencyLevel));
        identity.AddClaim(new Claim(ScopeClaims.DisplayName, user.DisplayName));
        void Add(string type, int? value)
        {
            if (value is not null) identity.AddClaim(new Claim(type, value.Value.ToString(CultureInfo.InvariantCulture)));
        }

        Add(ScopeClaims.Member, user.TeamMemberId);

        string scopeName;
        switch (user.ScopeLevel)
        {
            case OrgLevel.Area:
                Add(ScopeClaims.Area, user.ScopeUnitId);
                scopeName = await db.Areas.Where(a => a.Id == user.ScopeUnitId).Select(a => a.Name + " area").SingleOrDefaultAsync() ?? "";
                break;
            case OrgLevel.Borough:
                var borough = await db.Boroughs.AsNoTracking().SingleOrDefaultAsync(b => b.Id == user.ScopeUnitId);
                Add(ScopeClaims.Borough, borough?.Id);
                Add(ScopeClaims.Area, borough?.AreaId);
                scopeName = borough is null ? "" : borough.Name + " borough";
                break;
            case OrgLevel.Ward:
                var ward = await db.Wards.AsNoTracking()
                    .Where(w => w.Id == user.ScopeUnitId)
                    .Join(db.Boroughs, w => w.BoroughId, b => b.Id, (w, b) => new { w.Id, w.Name, BoroughId = b.Id, b.AreaId, Borough = b.Name })
                    .SingleOrDefaultAsync();
                Add(ScopeClaims.Ward, ward?.Id);
                Add(ScopeClaims.Borough, ward?.BoroughId);
                Add(ScopeClaims.Area, ward?.AreaId);
                scopeName = ward is null ? "" : $"{ward.Name} ward, {ward.Borough}";
                break;
            case null:
                Add(ScopeClaims.Partner, user.ScopeUnitId);
                scopeName = await db.PartnerAgencies.Where(p => p.Id == user.ScopeUnitId).Select(p => p.Name).SingleOrDefaultAsync() ?? "";
                break;
            default:
                scopeName = await db.Forces.Select(f => f.Name).FirstOrDefaultAsync() ?? "Whole force";
                break;
        }
        identity.AddClaim(new Claim(ScopeClaims.ScopeName, scopeName));
        return identity;
    }
}
