using CitizenFocus.Statistics;
using CitizenFocus.Statistics.Performance;

namespace CitizenFocus.Tests.Statistics;

/// <summary>HMIC's grading rules, both ways, and the worked figures of the 2008 inspection (seed 002, Appendix 3).</summary>
public sealed class GradingTests
{
    private const Direction Better = Direction.Better;
    private const Direction Same = Direction.NoSignificantDifference;
    private const Direction Worse = Direction.Worse;

    /// <summary>
    /// Every combination of the peer comparison (better, not significant, worse, no peer figure) and the
    /// comparison with a year earlier (better, not significant, worse, no earlier figure). Better means
    /// significantly better than either; worse, significantly worse than either; exceeding is better and
    /// not worse, failing worse and not better, meeting otherwise; no grade without a peer figure.
    /// </summary>
    public static TheoryData<Direction?, Direction?, Grade?> Table => new()
    {
        { Better, Better, Grade.Exceeding },
        { Better, Same, Grade.Exceeding },
        { Better, Worse, Grade.Meeting },     // better one way, worse the other: never "exceeding" while deteriorating
        { Better, null, Grade.Exceeding },
        { Same, Better, Grade.Exceeding },    // a significant rise counts as much as being above the peers
        { Same, Same, Grade.Meeting },
        { Same, Worse, Grade.Failing },       // a significant fall fails a unit level with its peers
        { Same, null, Grade.Meeting },
        { Worse, Better, Grade.Meeting },     // an improving trend is credited below the peers
        { Worse, Same, Grade.Failing },
        { Worse, Worse, Grade.Failing },
        { Worse, null, Grade.Failing },
        { null, Better, null },               // no peer figure: not graded, whatever the year says
        { null, Same, null },
        { null, Worse, null },
        { null, null, null },
    };

    [Theory, MemberData(nameof(Table))]
    public void Grade_is_better_or_worse_against_the_peers_or_a_year_earlier(Direction? peers, Direction? yearEarlier, Grade? expected) =>
        Assert.Equal(expected, Grading.Of(peers, yearEarlier));

    [Fact]
    public void Spi_1e_at_769_percent_three_point_four_below_the_msf_average_is_significantly_worse_and_failing()
    {
        // User satisfaction survey: 600 interviews a year in each of the MPS's 32 boroughs, 19,200 in all.
        // The MSF average of 80.3% includes the MPS (West Yorkshire, West Midlands and Greater Manchester, as
        // seed 003 names the family). The seed gives only the average, so the three peers are taken as equal,
        // and each on a single borough's 600 interviews — fewer than any force has, so wider than the truth.
        var uss = new PerformanceOptions().DesignEffect(SurveyKind.Uss);
        var mps = Figure(0.769, 19_200 / uss);
        var peer = Figure((4 * 0.803 - 0.769) / 3, 600 / uss);

        var d = ProportionCombination.VersusMean(mps, 19_200 / uss, [(peer, 600 / uss), (peer, 600 / uss), (peer, 600 / uss)], meanIncludesUnit: true)!;

        Assert.Equal(-0.034, d.Difference, 9);
        Assert.Equal(Worse, Grading.DirectionOf(d));
        // A year earlier: −1.4 points on 2005/06, which HMIC found unchanged. Worse than the peers and not
        // better than before, the grade is failing whether that change is significant or not.
        Assert.Equal(Grade.Failing, Grading.Of(Grading.DirectionOf(d), Same));
        Assert.Equal(Grade.Failing, Grading.Of(Grading.DirectionOf(d), Worse));
    }

    [Fact]
    public void Spi_2a_at_552_percent_two_point_three_above_the_msf_average_is_not_significant_and_meeting()
    {
        // British Crime Survey, a public survey: about 1,000 interviews per force a year, with the public
        // survey's design effect. 55.2% against an MSF average of 52.9% that includes the MPS; the three
        // peers taken as equal. A year earlier: +1.2 points on 2005/06 from the same sample sizes.
        var pas = new PerformanceOptions().DesignEffect(SurveyKind.Pas);
        var n = 1_000 / pas;
        var peer = Figure((4 * 0.529 - 0.552) / 3, n);

        var d = ProportionCombination.VersusMean(Figure(0.552, n), n, [(peer, n), (peer, n), (peer, n)], meanIncludesUnit: true)!;
        var year = ProportionDifference.Compare(0.552 * n, n, 0.540 * n, n)!;

        Assert.Equal(0.023, d.Difference, 9);
        Assert.False(d.Significant);
        Assert.False(year.Significant);
        Assert.Equal(Grade.Meeting, Grading.Of(Grading.DirectionOf(d), Grading.DirectionOf(year)));
    }

    [Fact]
    public void About_four_points_is_needed_for_significance_on_a_bcs_sized_sample()
    {
        // Appendix 3: "about 4 pp" for BCS measures at about 1,000 interviews.
        Assert.True(ProportionDifference.Compare(550, 1000, 505, 1000)!.Significant);
        Assert.False(ProportionDifference.Compare(550, 1000, 515, 1000)!.Significant);
    }

    [Fact]
    public void Eighty_one_percent_from_1000_public_survey_interviews_is_778_to_838_with_the_default_design_effect()
    {
        // Appendix 3: 81% from about 1,000 interviews is "plus or minus 3". A simple random sample gives ±2.4;
        // the public survey's default design effect of 1.5 (n_eff = 1000 / 1.5) gives HMIC's width.
        var options = new PerformanceOptions();
        var responses = Enumerable.Range(0, 1_000).Select(i => (Weight: 1.0, Positive: i < 810));

        var sample = WeightedSample.Proportion(responses, options.DesignEffect(SurveyKind.Pas))!;
        var interval = ProportionInterval.Wilson(sample.EffectiveSuccesses, sample.EffectiveN, options.Confidence)!;

        Assert.Equal(1.5, options.PasDesignEffect);
        Assert.Equal(1_000 / 1.5, sample.EffectiveN, 9);
        Assert.Equal(0.778, Math.Round(interval.Low, 3));
        Assert.Equal(0.838, Math.Round(interval.High, 3));
    }

    private static ProportionEstimate Figure(double p, double n) => ProportionInterval.Wilson(p * n, n)!;
}
