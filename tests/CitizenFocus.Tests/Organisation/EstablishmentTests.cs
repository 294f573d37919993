using CitizenFocus.Organisation;

namespace CitizenFocus.Tests.Organisation;

public sealed class EstablishmentTests
{
    [Theory]
    [InlineData(6_000, "1-2-3")]
    [InlineData(14_000, "1-2-3")]
    [InlineData(14_001, "1-2-6")]
    [InlineData(20_000, "1-2-6")]
    public void A_ward_is_staffed_1_2_3_up_to_14000_residents_and_1_2_6_above(int population, string expected)
    {
        var ward = new Ward { Code = "E05000026", Name = "Abbey", Population = population };

        var establishment = Establishment.For(ward);

        Assert.Equal(expected, establishment.ToString());
    }

    [Fact]
    public void A_team_short_of_a_constable_and_a_pcso_has_those_two_shortfalls()
    {
        var shortfalls = Establishment.Standard.ShortfallsOf(sergeants: 1, constables: 1, pcsos: 2);

        Assert.Equal(
            [new Shortfall(StaffRole.Constable, 2, 1), new Shortfall(StaffRole.Pcso, 3, 2)],
            shortfalls);
        Assert.All(shortfalls, s => Assert.Equal(1, s.Missing));
    }

    [Fact]
    public void A_large_ward_team_with_three_pcsos_is_three_pcsos_short()
    {
        var shortfall = Assert.Single(Establishment.LargeWard.ShortfallsOf(sergeants: 1, constables: 2, pcsos: 3));

        Assert.Equal(StaffRole.Pcso, shortfall.Role);
        Assert.Equal(3, shortfall.Missing);
    }

    [Fact]
    public void A_team_without_a_sergeant_is_short_of_one()
    {
        var shortfall = Assert.Single(Establishment.Standard.ShortfallsOf(sergeants: 0, constables: 2, pcsos: 3));

        Assert.Equal(new Shortfall(StaffRole.Sergeant, 1, 0), shortfall);
    }

    [Theory]
    [InlineData(1, 2, 3)]
    [InlineData(2, 4, 8)]
    public void A_team_at_or_above_establishment_has_no_shortfall(int sergeants, int constables, int pcsos)
    {
        Assert.Empty(Establishment.Standard.ShortfallsOf(sergeants, constables, pcsos));
    }
}
