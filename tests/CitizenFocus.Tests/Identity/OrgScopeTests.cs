using CitizenFocus.Identity;
using CitizenFocus.Organisation;

namespace CitizenFocus.Tests.Identity;

public sealed class OrgScopeTests
{
    // Ward 9 lies in borough 5, which lies in area 2.
    private static readonly OrgUnitRef Ward9 = new(AreaId: 2, BoroughId: 5, WardId: 9);
    private static readonly OrgUnitRef OtherArea = new(AreaId: 3, BoroughId: 8, WardId: 20);

    [Fact]
    public void Force_scope_covers_every_record()
    {
        Assert.True(OrgScope.WholeForce.Covers(Ward9));
        Assert.True(OrgScope.WholeForce.Covers(OtherArea));
        Assert.True(OrgScope.WholeForce.Covers(new OrgUnitRef(null, null, null)));
    }

    [Fact]
    public void Area_scope_covers_its_own_area_only()
    {
        var scope = new OrgScope(OrgLevel.Area, AreaId: 2, BoroughId: null, WardId: null, PartnerAgencyId: null);

        Assert.True(scope.Covers(Ward9));
        Assert.True(scope.Covers(new OrgUnitRef(2, 6, null)));
        Assert.False(scope.Covers(OtherArea));
        Assert.False(scope.Covers(new OrgUnitRef(null, null, null)));
    }

    [Fact]
    public void Borough_scope_covers_its_own_borough_only()
    {
        var scope = new OrgScope(OrgLevel.Borough, AreaId: 2, BoroughId: 5, WardId: null, PartnerAgencyId: null);

        Assert.True(scope.Covers(Ward9));
        Assert.True(scope.Covers(new OrgUnitRef(2, 5, null)));
        Assert.False(scope.Covers(new OrgUnitRef(2, 6, 12)));
        Assert.True(scope.CoversBorough(boroughId: 5, areaId: 2));
        Assert.False(scope.CoversBorough(boroughId: 6, areaId: 2));
    }

    [Fact]
    public void Ward_scope_covers_its_own_ward_only()
    {
        var scope = new OrgScope(OrgLevel.Ward, AreaId: 2, BoroughId: 5, WardId: 9, PartnerAgencyId: null);

        Assert.True(scope.Covers(Ward9));
        Assert.False(scope.Covers(new OrgUnitRef(2, 5, 10)));
        // A borough-wide record (no ward) is not a ward officer's.
        Assert.False(scope.Covers(new OrgUnitRef(2, 5, null)));
    }

    [Fact]
    public void Partner_agency_scope_covers_no_record_by_place()
    {
        var scope = new OrgScope(null, AreaId: null, BoroughId: null, WardId: null, PartnerAgencyId: 7);

        Assert.False(scope.Covers(Ward9));
        Assert.False(scope.Covers(new OrgUnitRef(null, null, null)));
    }
}
