using CitizenFocus.CrimeAnalysis;

namespace CitizenFocus.Tests.CrimeAnalysis;

/// <summary>The exact Poisson comparison against R's documented examples and closed forms; each names its source.</summary>
public sealed class CountChangeTests
{
    [Fact]
    public void Poisson_test_matches_rs_documented_example()
    {
        // R ?poisson.test example (ISwR eba1977, Fredericia against the other three cities, ages 55–59):
        // poisson.test(c(11, 6 + 8 + 7), c(800, 1083 + 1050 + 878)): p-value = 0.07967, expected count1 = 6.7174,
        // rate ratio 1.971488, 95% CI 0.8584264 to 4.2772659. Digits beyond R's print recomputed in 40-digit
        // arithmetic from the equivalent binom.test(11, 32, 800 / 3811).
        var result = CountChange.PoissonTest(11, 21, 800, 3011);
        Assert.Equal(0.0796686, result.PValue, 7);
        Assert.Equal(6.717397, result.ExpectedCount, 6);
        Assert.Equal(1.971488, result.RateRatio!.Value, 6);
        Assert.Equal(0.8584264, result.Low, 7);
        Assert.Equal(4.2772659, result.High, 7);
        Assert.False(result.Significant);
    }

    [Fact]
    public void Binomial_p_value_matches_rs_binom_test_example()
    {
        // R ?binom.test example (Mendel's peas): binom.test(682, 925, p = 3/4) gives p-value = 0.3825
        // (0.38249156 in 40-digit arithmetic with R's rule).
        Assert.Equal(0.3824916, CountChange.BinomialTestPValue(682, 925, 0.75), 7);
    }

    [Fact]
    public void Binomial_p_value_of_the_mean_outcome_is_one()
    {
        // binom.test(5, 10): the observed count is the mean, p-value = 1.
        Assert.Equal(1, CountChange.BinomialTestPValue(5, 10, 0.5));
    }

    [Fact]
    public void Equal_periods_compare_as_a_fair_coin()
    {
        // poisson.test(c(10, 20)) = binom.test(10, 30, 0.5): by symmetry p = 2 P(X ≤ 10) = 0.09873715;
        // Clopper–Pearson for 10/30 is 0.1728742 to 0.5281200, so the rate ratio runs 0.2090060 to 1.1191830.
        var result = CountChange.PoissonTest(10, 20);
        Assert.Equal(0.09873715, result.PValue, 8);
        Assert.Equal(0.5, result.RateRatio!.Value, 12);
        Assert.Equal(0.2090060, result.Low, 7);
        Assert.Equal(1.1191830, result.High, 7);
        Assert.Equal(15, result.ExpectedCount, 12);
    }

    [Fact]
    public void A_rise_from_zero_has_no_ratio_and_an_open_interval()
    {
        // 7 against 0 in equal periods: p = 2 × 0.5⁷ = 0.015625; the Clopper–Pearson lower limit for 7/7 is
        // 0.025^(1/7), so the rate ratio's lower limit is q / (1 − q) = 1.441309 and the upper is infinite.
        var result = CountChange.PoissonTest(7, 0);
        Assert.Equal(0.015625, result.PValue, 12);
        Assert.Null(result.RateRatio);
        var q = Math.Pow(0.025, 1.0 / 7);
        Assert.Equal(q / (1 - q), result.Low, 9);
        Assert.Equal(1.441309, result.Low, 6);
        Assert.Equal(double.PositiveInfinity, result.High);
        Assert.True(result.Significant);
    }

    [Fact]
    public void No_crimes_in_either_period_is_no_evidence_of_change()
    {
        var result = CountChange.PoissonTest(0, 0);
        Assert.Equal(1, result.PValue);
        Assert.Null(result.RateRatio);
        Assert.Equal(0, result.Low);
        Assert.Equal(double.PositiveInfinity, result.High);
    }

    [Fact]
    public void Percent_change_is_against_the_previous_count_and_absent_from_zero()
    {
        Assert.Equal(20, CountChange.PercentChange(120, 100)!.Value, 12);
        Assert.Equal(-25, CountChange.PercentChange(75, 100)!.Value, 12);
        Assert.Equal(-100, CountChange.PercentChange(0, 8)!.Value, 12);
        Assert.Null(CountChange.PercentChange(5, 0));
    }

    [Fact]
    public void Negative_counts_and_exposures_are_refused()
    {
        Assert.Throws<ArgumentException>(() => CountChange.PoissonTest(-1, 4));
        Assert.Throws<ArgumentException>(() => CountChange.PoissonTest(1, 4, exposure: 0));
        Assert.Throws<ArgumentException>(() => CountChange.PoissonTest(1, 4, confidence: 95));
        Assert.Throws<ArgumentException>(() => CountChange.PercentChange(-1, 4));
        Assert.Throws<ArgumentException>(() => CountChange.BinomialTestPValue(11, 10, 0.5));
    }
}
