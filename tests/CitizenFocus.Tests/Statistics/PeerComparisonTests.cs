using CitizenFocus.Statistics;

namespace CitizenFocus.Tests.Statistics;

/// <summary>
/// A unit against a peer average that includes the unit itself, by MOVER (Zou and Donner 2008) from each
/// unit's Wilson interval on its effective sample. The vectors are issue 12's, checked by an independent
/// computation before the code was written.
/// </summary>
public sealed class PeerComparisonTests
{
    private const double Tolerance = 1e-6;

    private static ProportionEstimate Wilson(double p, double n) => ProportionInterval.Wilson(p * n, n)!;

    [Fact]
    public void A_unit_inside_the_mean_of_three_gives_the_mover_interval_of_the_linear_combination()
    {
        // Unit 0.655 (n_eff 480), peers 0.739 (510) and 0.702 (450): d = (2/3)·0.655 − (1/3)·(0.739 + 0.702).
        var d = ProportionCombination.VersusMean(Wilson(0.655, 480), 480, [(Wilson(0.739, 510), 510), (Wilson(0.702, 450), 450)],
            meanIncludesUnit: true)!;

        Assert.Equal(-0.043667, d.Difference, Tolerance);
        Assert.Equal(-0.077906, d.Low, Tolerance);
        Assert.Equal(-0.009876, d.High, Tolerance);
        Assert.True(d.Significant);
    }

    [Fact]
    public void A_unit_inside_the_mean_of_two_gives_half_of_newcombes_interval_for_the_pair()
    {
        var d = ProportionCombination.VersusMean(Wilson(0.655, 480), 480, [(Wilson(0.739, 510), 510)], meanIncludesUnit: true)!;

        Assert.Equal(-0.042, d.Difference, Tolerance);
        Assert.Equal(-0.070346, d.Low, Tolerance);
        Assert.Equal(-0.013377, d.High, Tolerance);
        // p_u − (p_u + p_j)/2 = (p_u − p_j)/2, so the interval is half Newcombe's for the two.
        var newcombe = ProportionDifference.Compare(0.655 * 480, 480, 0.739 * 510, 510)!;
        Assert.Equal(newcombe.Low / 2, d.Low, 1e-12);
        Assert.Equal(newcombe.High / 2, d.High, 1e-12);
    }

    [Fact]
    public void Mover_with_coefficients_one_and_minus_one_is_newcombes_method_10()
    {
        // Newcombe (1998), Table II, example (a): 56/70 − 48/80 gives 0.05243147 to 0.3338727 (propint's output).
        var d = ProportionCombination.Mover([new CombinationTerm(1, ProportionInterval.Wilson(56, 70)!, 70),
            new CombinationTerm(-1, ProportionInterval.Wilson(48, 80)!, 80)])!;

        Assert.Equal(0.05243147, d.Low, Tolerance);
        Assert.Equal(0.3338727, d.High, Tolerance);
    }

    [Fact]
    public void Treating_the_mean_as_independent_of_the_unit_hides_a_significant_difference()
    {
        // The old method: the unit against the mean of two on the mean's own effective sample, as if
        // independent. Its interval is about 1.8 times as wide as it should be and crosses zero.
        double pu = 0.655, nu = 480, pj = 0.739, nj = 510;
        var mean = (pu + pj) / 2;
        var meanNEff = mean * (1 - mean) / ((pu * (1 - pu) / nu + pj * (1 - pj) / nj) / 4);
        var independent = ProportionDifference.Compare(pu * nu, nu, mean * meanNEff, meanNEff)!;
        var mover = ProportionCombination.VersusMean(Wilson(pu, nu), nu, [(Wilson(pj, nj), nj)], meanIncludesUnit: true)!;

        Assert.False(independent.Significant);
        Assert.True(mover.Significant);
        Assert.InRange((independent.High - independent.Low) / (mover.High - mover.Low), 1.7, 1.9);
    }

    [Fact]
    public void Without_the_unit_in_the_mean_the_difference_is_the_unit_minus_the_mean_of_the_others()
    {
        var d = ProportionCombination.VersusMean(Wilson(0.655, 480), 480, [(Wilson(0.739, 510), 510), (Wilson(0.702, 450), 450)],
            meanIncludesUnit: false)!;
        var direct = ProportionCombination.Mover([new CombinationTerm(1, Wilson(0.655, 480), 480),
            new CombinationTerm(-0.5, Wilson(0.739, 510), 510), new CombinationTerm(-0.5, Wilson(0.702, 450), 450)])!;

        Assert.Equal(0.655 - (0.739 + 0.702) / 2, d.Difference, 1e-12);
        Assert.Equal(direct.Low, d.Low, 1e-12);
        Assert.Equal(direct.High, d.High, 1e-12);
    }

    [Fact]
    public void A_unit_with_no_other_unit_has_no_peer_comparison()
    {
        Assert.Null(ProportionCombination.VersusMean(Wilson(0.655, 480), 480, [], meanIncludesUnit: true));
    }
}
