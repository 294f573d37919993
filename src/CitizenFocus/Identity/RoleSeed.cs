using Microsoft.AspNetCore.Identity;

namespace CitizenFocus.Identity;

/// <summary>The fixed role rows, seeded by migration so every database has them.</summary>
internal static class RoleSeed
{
    public static IEnumerable<IdentityRole> Rows() => Roles.All.Select(name => new IdentityRole
    {
        Id = "role-" + Roles.Slug(name),
        Name = name,
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = "role-" + Roles.Slug(name),
    });
}
