using CitizenFocus.CrimeAnalysis;

namespace CitizenFocus.Tests.CrimeAnalysis;

/// <summary>c-chart limits worked by hand, and exact Poisson limits from the Poisson distribution function.</summary>
public sealed class CountControlChartTests
{
    [Fact]
    public void Three_sigma_limits_are_the_mean_plus_or_minus_three_root_mean()
    {
        // Mean 16: 16 ± 3 × 4 = 4 to 28.
        var limits = CountControlChart.Limits(16);
        Assert.Equal(16, limits.Centre);
        Assert.Equal(4, limits.Lower, 12);
        Assert.Equal(28, limits.Upper, 12);
    }

    [Fact]
    public void The_three_sigma_lower_limit_is_floored_at_zero()
    {
        // Mean 4: 4 − 6 = −2, floored to 0; upper 4 + 6 = 10.
        var limits = CountControlChart.Limits(4);
        Assert.Equal(0, limits.Lower);
        Assert.Equal(10, limits.Upper, 12);
    }

    [Fact]
    public void Months_beyond_limits_set_on_a_baseline_are_flagged_but_months_on_a_limit_are_not()
    {
        // Baseline 14, 18, 15, 17, 16, 16 has mean 16, limits 4 to 28; then 29 (above), 3 (below), 28 and 4 (on).
        var chart = CountControlChart.Analyse([14, 18, 15, 17, 16, 16, 29, 3, 28, 4], baselineMonths: 6);
        Assert.Equal(16, chart.Limits.Centre, 12);
        Assert.Equal([6, 7], chart.MonthsBeyondLimits);
    }

    [Fact]
    public void Without_a_baseline_the_whole_series_sets_the_centre()
    {
        // Mean of 2, 2, 2, 2, 2, 2, 2, 2, 2, 11 is 2.9; upper limit 2.9 + 3 √2.9 = 10.0088, so 11 is flagged.
        var chart = CountControlChart.Analyse([2, 2, 2, 2, 2, 2, 2, 2, 2, 11]);
        Assert.Equal(2.9 + 3 * Math.Sqrt(2.9), chart.Limits.Upper, 12);
        Assert.Equal([9], chart.MonthsBeyondLimits);
    }

    [Fact]
    public void Exact_poisson_limits_for_a_mean_of_four()
    {
        // Poisson(4): P(X ≤ 10) = 0.997160 < 0.999 ≤ P(X ≤ 11) = 0.999085, so the upper limit is 11;
        // P(X = 0) = e⁻⁴ = 0.0183 > 0.001, so no count is low enough and the lower limit is 0.
        var limits = CountControlChart.Limits(4, ControlLimitMethod.ExactPoisson);
        Assert.Equal(0, limits.Lower);
        Assert.Equal(11, limits.Upper);
    }

    [Fact]
    public void Exact_poisson_limits_for_a_mean_of_twenty()
    {
        // Poisson(20): P(X ≤ 7) = 0.000779 ≤ 0.001 < P(X ≤ 8) = 0.002087, so counts below 8 are signals;
        // P(X ≤ 34) = 0.998511 < 0.999 ≤ P(X ≤ 35) = 0.999196, so counts above 35 are.
        var limits = CountControlChart.Limits(20, ControlLimitMethod.ExactPoisson);
        Assert.Equal(8, limits.Lower);
        Assert.Equal(35, limits.Upper);
        var chart = CountControlChart.Analyse([20, 20, 20, 20, 7, 8, 35, 36, 20, 24], ControlLimitMethod.ExactPoisson, baselineMonths: 4);
        Assert.Equal([4, 7], chart.MonthsBeyondLimits);
    }

    [Fact]
    public void A_baseline_with_no_crime_flags_any_crime()
    {
        var chart = CountControlChart.Analyse([0, 0, 0, 1], ControlLimitMethod.ExactPoisson, baselineMonths: 3);
        Assert.Equal(0, chart.Limits.Upper);
        Assert.Equal([3], chart.MonthsBeyondLimits);
    }

    [Fact]
    public void Empty_series_negative_counts_and_impossible_baselines_are_refused()
    {
        Assert.Throws<ArgumentException>(() => CountControlChart.Analyse([]));
        Assert.Throws<ArgumentException>(() => CountControlChart.Analyse([3, -1]));
        Assert.Throws<ArgumentException>(() => CountControlChart.Analyse([3, 4], baselineMonths: 3));
        Assert.Throws<ArgumentException>(() => CountControlChart.Limits(-2));
    }
}
