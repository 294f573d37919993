using CitizenFocus.Statistics;

namespace CitizenFocus.Tests.Statistics;

/// <summary>Interval and test functions against published or closed-form reference values; each names its source.</summary>
public sealed class ProportionStatisticsTests
{
    [Fact]
    public void Clopper_pearson_matches_r_binom_test_for_5_of_10()
    {
        // R 4.x: binom.test(5, 10)$conf.int = 0.1870860 0.8129140.
        var ci = ProportionInterval.ClopperPearson(5, 10)!;
        Assert.Equal(0.1870860, ci.Low, 6);
        Assert.Equal(0.8129140, ci.High, 6);
    }

    [Fact]
    public void Clopper_pearson_for_none_and_all_has_its_closed_form()
    {
        // Clopper and Pearson (1934): for x = 0 the upper limit is 1 − (α/2)^(1/n); for x = n the lower limit is (α/2)^(1/n).
        var none = ProportionInterval.ClopperPearson(0, 20)!;
        var all = ProportionInterval.ClopperPearson(20, 20)!;
        Assert.Equal(1 - Math.Pow(0.025, 1.0 / 20), none.High, 9);
        Assert.Equal(0, none.Low);
        Assert.Equal(Math.Pow(0.025, 1.0 / 20), all.Low, 9);
    }

    [Fact]
    public void Newcombe_hybrid_score_interval_matches_newcombes_worked_examples()
    {
        // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10:
        // 56/70 − 48/80 gives 0.0524 to 0.3339; 9/10 − 3/10 gives 0.1705 to 0.8090.
        var a = ProportionDifference.Compare(56, 70, 48, 80)!;
        Assert.Equal(0.2, a.Difference, 9);
        Assert.Equal(0.0524, a.Low, 4);
        Assert.Equal(0.3339, a.High, 4);
        var b = ProportionDifference.Compare(9, 10, 3, 10)!;
        Assert.Equal(0.1705, b.Low, 4);
        Assert.Equal(0.8090, b.High, 4);
    }

    [Fact]
    public void Z_test_squared_equals_pearsons_chi_squared_for_the_same_table()
    {
        // Pearson's chi-squared for a 2×2 table, N(ad − bc)² / (r1 r2 c1 c2), is the square of the pooled z.
        double a = 56, b = 14, c = 48, d = 32, n = a + b + c + d;
        var chi2 = n * Math.Pow(a * d - b * c, 2) / ((a + b) * (c + d) * (a + c) * (b + d));
        var (z, p) = ProportionDifference.ZTest(56, 70, 48, 80);
        Assert.Equal(chi2, z * z, 9);
        // The two-sided p of z is the upper tail of chi-squared with one degree of freedom at z².
        Assert.Equal(1 - MathNet.Numerics.Distributions.ChiSquared.CDF(1, chi2), p, 9);
        Assert.Equal(0.008045, p, 6);
    }

    [Fact]
    public void Kish_effective_sample_size_is_the_squared_sum_over_the_sum_of_squares()
    {
        // Kish (1965): weights 1, 1, 2, 2 give (6)² / 10 = 3.6.
        var w = WeightedSample.Proportion([(1, true), (1, false), (2, true), (2, false)])!;
        Assert.Equal(3.6, w.EffectiveN, 9);
        Assert.Equal(0.5, w.Estimate, 9);
        Assert.Equal(1.8, WeightedSample.Proportion([(1, true), (1, false), (2, true), (2, false)], designEffect: 2)!.EffectiveN, 9);
    }
}
