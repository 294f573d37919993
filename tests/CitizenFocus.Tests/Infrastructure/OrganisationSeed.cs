using CitizenFocus.Data;
using CitizenFocus.Organisation;

namespace CitizenFocus.Tests.Infrastructure;

/// <summary>
/// A minimal organisation: one force, area NE, borough E09000002 (Barking and Dagenham) and two
/// square wards side by side, (0,51)–(0.1,51.1) and (0.1,51)–(0.2,51.1) in longitude/latitude.
/// </summary>
public static class OrganisationSeed
{
    public const string AreaCode = "NE";
    public const string BoroughCode = "E09000002";
    public const string WestWardCode = "E05000026";
    public const string EastWardCode = "E05000027";
    public const int PartnerId = 7;

    public static async Task AddAsync(CitizenFocusDb db)
    {
        db.Forces.Add(new Force { Id = 1, Code = "MPS", Name = "Metropolitan Police Service" });
        db.Areas.Add(new Area { Id = 1, ForceId = 1, Code = AreaCode, Name = "North East" });
        db.Boroughs.Add(new Borough { Id = 1, AreaId = 1, Code = BoroughCode, Name = "Barking and Dagenham" });
        db.Wards.Add(new Ward
        {
            Id = 1, BoroughId = 1, Code = WestWardCode, Name = "Abbey", Population = 12_000,
            BoundaryWkt = "POLYGON ((0 51, 0.1 51, 0.1 51.1, 0 51.1, 0 51))",
        });
        db.Wards.Add(new Ward
        {
            Id = 2, BoroughId = 1, Code = EastWardCode, Name = "Alibon", Population = 15_000,
            BoundaryWkt = "POLYGON ((0.1 51, 0.2 51, 0.2 51.1, 0.1 51.1, 0.1 51))",
        });
        db.PartnerAgencies.Add(new PartnerAgency { Id = PartnerId, Name = "Barking and Dagenham Council", Kind = PartnerKind.Council, BoroughId = 1 });
        await db.SaveChangesAsync();
    }
}
