using CitizenFocus.Organisation;
using CitizenFocus.Identity;
using CitizenFocus.Statistics;

namespace CitizenFocus.Tests.Identity;

/// <summary>Which units a reader may choose on the crime, performance and compliance pages: one rule for all of them.</summary>
public sealed class UnitChoiceTests
{
    // Ward 9 lies in borough 5, which lies in area 2; borough 8 lies in area 3.
    private static bool[] Choices(OrgScope scope) =>
    [
        UnitChoice.MayChoose(scope, OrgLevel.Force, null, null, null),
        UnitChoice.MayChoose(scope, OrgLevel.Area, 2, null, null),
        UnitChoice.MayChoose(scope, OrgLevel.Borough, 2, 5, null),
        UnitChoice.MayChoose(scope, OrgLevel.Ward, 2, 5, 9),
        UnitChoice.MayChoose(scope, OrgLevel.Area, 3, null, null),
        UnitChoice.MayChoose(scope, OrgLevel.Borough, 3, 8, null),
    ];

    [Fact]
    public void Force_readers_may_choose_any_unit() =>
        Assert.Equal([true, true, true, true, true, true], Choices(OrgScope.WholeForce));

    [Fact]
    public void Area_readers_may_choose_their_area_and_what_lies_in_it_but_not_the_force() =>
        Assert.Equal([false, true, true, true, false, false], Choices(new OrgScope(OrgLevel.Area, 2, null, null, null)));

    [Fact]
    public void Borough_readers_may_choose_their_borough_and_its_wards_only() =>
        Assert.Equal([false, false, true, true, false, false], Choices(new OrgScope(OrgLevel.Borough, 2, 5, null, null)));

    [Fact]
    public void Ward_readers_may_choose_their_ward_but_not_its_borough() =>
        Assert.Equal([false, false, false, true, false, false], Choices(new OrgScope(OrgLevel.Ward, 2, 5, 9, null)));

    [Fact]
    public void Partner_agencies_choose_no_unit()
    {
        Assert.Equal([false, false, false, false, false, false], Choices(OrgScope.Partner(7)));
        Assert.Null(UnitChoice.Home(OrgScope.Partner(7)));
    }

    [Fact]
    public void Each_reader_starts_from_their_own_unit()
    {
        Assert.Equal((OrgLevel.Force, (int?)null), UnitChoice.Home(OrgScope.WholeForce));
        Assert.Equal((OrgLevel.Area, (int?)2), UnitChoice.Home(new OrgScope(OrgLevel.Area, 2, null, null, null)));
        Assert.Equal((OrgLevel.Borough, (int?)5), UnitChoice.Home(new OrgScope(OrgLevel.Borough, 2, 5, null, null)));
        Assert.Equal((OrgLevel.Ward, (int?)9), UnitChoice.Home(new OrgScope(OrgLevel.Ward, 2, 5, 9, null)));
        Assert.Equal(5, UnitChoice.HomeBorough(new OrgScope(OrgLevel.Ward, 2, 5, 9, null)));
        Assert.Null(UnitChoice.HomeBorough(new OrgScope(OrgLevel.Area, 2, null, null, null)));
    }
}
