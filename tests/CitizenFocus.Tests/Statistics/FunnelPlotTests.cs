using CitizenFocus.Statistics;

namespace CitizenFocus.Tests.Statistics;

/// <summary>Funnel-plot limits (Spiegelhalter 2005, Statistics in Medicine 24:1185–1202).</summary>
public sealed class FunnelPlotTests
{
    [Fact]
    public void Normal_limits_are_the_target_plus_or_minus_z_standard_errors()
    {
        // p0 = 0.8, n = 600 (a borough's user satisfaction survey): se = √(0.16/600).
        var se = Math.Sqrt(0.8 * 0.2 / 600);
        var limits = FunnelPlot.Normal(0.8, 600);
        Assert.Equal(0.8 + 1.959963984540054 * se, limits.Upper95, 12);
        Assert.Equal(0.8 - 1.959963984540054 * se, limits.Lower95, 12);
        Assert.Equal(0.8 + 3.090232306167813 * se, limits.Upper998, 12);
        Assert.Equal(0.8 - 3.090232306167813 * se, limits.Lower998, 12);
    }

    [Fact]
    public void Exact_limits_for_ten_fair_trials_match_a_hand_calculation()
    {
        // Binomial(10, 0.5) in 1024ths: F(1) = 11, F(2) = 56, F(7) = 968, F(8) = 1013.
        // Lower 95%: r = 2 (F(1) < 0.025 ≤ F(2)); α = (56/1024 − 0.025) / (45/1024) = 30.4/45; limit (2 − α)/10.
        // Upper 95%: r = 8 (F(7) < 0.975 ≤ F(8)); α = (1013/1024 − 0.975) / (45/1024) = 14.6/45; limit (8 − α)/10.
        var limits = FunnelPlot.Exact(0.5, 10);
        Assert.Equal((2 - 30.4 / 45) / 10, limits.Lower95, 12);
        Assert.Equal((8 - 14.6 / 45) / 10, limits.Upper95, 12);
        Assert.Equal(0.13244444444, limits.Lower95, 10);
        Assert.Equal(0.76755555556, limits.Upper95, 10);
    }

    [Fact]
    public void Exact_upper_limit_for_twenty_trials_at_eighty_percent_matches_its_closed_form()
    {
        // Binomial(20, 0.8): F(19) = 1 − 0.8^20; F(18) = F(19) − 20 · 0.8^19 · 0.2. F(18) < 0.975 ≤ F(19), so r = 19.
        var f19 = 1 - Math.Pow(0.8, 20);
        var f18 = f19 - 20 * Math.Pow(0.8, 19) * 0.2;
        var alpha = (f19 - 0.975) / (f19 - f18);
        Assert.Equal((19 - alpha) / 20, FunnelPlot.Exact(0.8, 20).Upper95, 12);
        Assert.Equal(0.93831595655, FunnelPlot.Exact(0.8, 20).Upper95, 10);
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(0.5)]
    [InlineData(0.1)]
    public void Exact_limits_approach_the_normal_ones_as_the_sample_grows(double target)
    {
        // The two differ by O(1/n) (the half-count interpolation shift and the binomial's skew) while the
        // funnel's half-width shrinks as 1/√n, so the gap relative to the width vanishes.
        double previousRelativeGap = double.MaxValue;
        foreach (var n in new[] { 100, 1_000, 10_000, 100_000, 1_000_000 })
        {
            var exact = FunnelPlot.Exact(target, n);
            var normal = FunnelPlot.Normal(target, n);
            var halfWidth = normal.Upper998 - target;
            var gap = new[]
            {
                exact.Lower998 - normal.Lower998, exact.Lower95 - normal.Lower95,
                exact.Upper95 - normal.Upper95, exact.Upper998 - normal.Upper998,
            }.Max(Math.Abs);
            Assert.True(gap * n < 2.5, $"n = {n}: gap {gap} is not O(1/n)");
            Assert.True(gap / halfWidth < previousRelativeGap, $"n = {n}: relative gap did not shrink");
            previousRelativeGap = gap / halfWidth;
        }
        Assert.True(previousRelativeGap < 0.002);
    }

    [Fact]
    public void Exact_limits_round_an_effective_sample_size_to_whole_trials()
    {
        var limits = FunnelPlot.Exact(0.8, 19.6);
        Assert.Equal(20, limits.N);
        Assert.Equal(FunnelPlot.Exact(0.8, 20).Upper95, limits.Upper95);
    }

    [Fact]
    public void Normal_limits_accept_an_effective_sample_size()
    {
        var limits = FunnelPlot.Normal(0.8, 412.5);
        Assert.Equal(0.8 + 1.959963984540054 * Math.Sqrt(0.16 / 412.5), limits.Upper95, 12);
    }

    [Theory]
    [InlineData(0.86, FunnelPosition.AboveUpper998)]
    [InlineData(0.84, FunnelPosition.AboveUpper95)]
    [InlineData(0.83, FunnelPosition.Within)]   // on the limit counts as within
    [InlineData(0.80, FunnelPosition.Within)]
    [InlineData(0.76, FunnelPosition.BelowLower95)]
    [InlineData(0.74, FunnelPosition.BelowLower998)]
    public void A_unit_is_classified_against_the_limits(double observed, FunnelPosition expected)
    {
        var limits = new FunnelLimits(0.8, 600, Lower998: 0.75, Lower95: 0.77, Upper95: 0.83, Upper998: 0.85);
        Assert.Equal(expected, FunnelPlot.Classify(observed, limits));
    }

    [Fact]
    public void A_borough_four_points_above_an_eighty_percent_target_on_600_interviews_is_above_the_95_percent_limit()
    {
        // se = 1.63 pp, so the 95% limit is at 83.2% and the 99.8% limit at 85.0%.
        Assert.Equal(FunnelPosition.AboveUpper95, FunnelPlot.Classify(0.84, FunnelPlot.Exact(0.8, 600)));
        Assert.Equal(FunnelPosition.AboveUpper95, FunnelPlot.Classify(0.84, FunnelPlot.Normal(0.8, 600)));
    }
}
