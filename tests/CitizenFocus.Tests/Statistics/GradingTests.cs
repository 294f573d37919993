using CitizenFocus.Statistics;

namespace CitizenFocus.Tests.Statistics;

/// <summary>HMIC's grading rules, and the worked figures of the 2008 inspection (seed 002, Appendix 3).</summary>
public sealed class GradingTests
{
    [Theory]
    [InlineData(Direction.Better, Direction.NoSignificantDifference, Grade.Exceeding)]
    [InlineData(Direction.Better, Direction.Better, Grade.Exceeding)]
    [InlineData(Direction.Better, Direction.Worse, Grade.Meeting)]      // never "exceeding" while deteriorating
    [InlineData(Direction.Worse, Direction.NoSignificantDifference, Grade.Failing)]
    [InlineData(Direction.Worse, Direction.Worse, Grade.Failing)]
    [InlineData(Direction.Worse, Direction.Better, Grade.Meeting)]      // an improving trend is credited below the peers
    [InlineData(Direction.NoSignificantDifference, Direction.Worse, Grade.Meeting)]
    public void Grade_follows_peer_comparison_and_trend(Direction peers, Direction trend, Grade expected) =>
        Assert.Equal(expected, Grading.Of(peers, trend));

    [Fact]
    public void Spi_1e_at_769_percent_three_point_four_below_the_peers_is_significantly_worse()
    {
        // User satisfaction survey: 600 interviews per borough a year, 32 boroughs = 19,200 for the force;
        // the peer average taken on a sample of the same size. 76.9% against 80.3%.
        const double n = 19_200;
        var d = ProportionDifference.Compare(0.769 * n, n, 0.803 * n, n)!;
        Assert.Equal(-0.034, d.Difference, 9);
        Assert.Equal(Direction.Worse, Grading.DirectionOf(d));
        Assert.Equal(Grade.Failing, Grading.Of(Grading.DirectionOf(d), Direction.NoSignificantDifference));
    }

    [Fact]
    public void Spi_2a_at_552_percent_two_point_three_above_the_peers_is_not_significant()
    {
        // British Crime Survey: about 1,000 interviews per force a year. 55.2% against 52.9%.
        const double n = 1_000;
        var d = ProportionDifference.Compare(0.552 * n, n, 0.529 * n, n)!;
        Assert.False(d.Significant);
        Assert.Equal(Grade.Meeting, Grading.Of(Grading.DirectionOf(d), Direction.NoSignificantDifference));
    }

    [Fact]
    public void About_four_points_is_needed_for_significance_on_a_bcs_sized_sample()
    {
        // Appendix 3: "about 4 pp" for BCS measures at about 1,000 interviews.
        Assert.True(ProportionDifference.Compare(550, 1000, 505, 1000)!.Significant);
        Assert.False(ProportionDifference.Compare(550, 1000, 515, 1000)!.Significant);
    }
}
