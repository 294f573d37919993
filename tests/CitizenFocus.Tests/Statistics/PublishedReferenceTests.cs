using CitizenFocus.Statistics;

namespace CitizenFocus.Tests.Statistics;

/// <summary>
/// Interval and test functions against published reference values to 1e-6. Each test names where its
/// figures were published; values were copied digit for digit, not recomputed.
/// </summary>
public sealed class PublishedReferenceTests
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void The_95_percent_normal_quantile_is_rs_qnorm_0975()
    {
        // R: qnorm(0.975) = 1.959963984540054 (the full double, print(qnorm(0.975), digits = 16)).
        Assert.Equal(1.959963984540054, ProportionInterval.Z(0.95), 1e-13);
        // R: qnorm(0.999) = 3.090232306167813, the 99.8% two-sided quantile used by funnel plots.
        Assert.Equal(3.090232306167813, ProportionInterval.Z(0.998), 1e-12);
    }

    [Theory]
    // statsmodels/statsmodels, statsmodels/stats/tests/results/results_proportion.py: R package binom,
    // binom.confint(x, n, tol = 1e-8), method "wilson" (the last of the eleven columns).
    [InlineData(18, 20, 0.6989663547715128, 0.972133518786232)]
    [InlineData(4, 20, 0.0806576625797981, 0.4160174322518935)]
    [InlineData(4, 200, 0.00780442641634947, 0.05028708690582643)]
    [InlineData(190, 200, 0.910421851861224, 0.972617354399236)]
    public void Wilson_matches_r_binom_confint_as_recorded_by_statsmodels(int x, int n, double low, double high)
    {
        var ci = ProportionInterval.Wilson(x, n)!;
        Assert.Equal(low, ci.Low, Tolerance);
        Assert.Equal(high, ci.High, Tolerance);
    }

    [Fact]
    public void Wilson_matches_r_prop_test_without_continuity_correction()
    {
        // statsmodels/statsmodels, statsmodels/stats/tests/test_proportion.py, TestProportion.res_prop_test_1:
        // R prop.test(73, 86, p = 0.9, correct = FALSE)$conf.int = 0.758364348004061 0.9094787701686766.
        var ci = ProportionInterval.Wilson(73, 86)!;
        Assert.Equal(0.758364348004061, ci.Low, Tolerance);
        Assert.Equal(0.9094787701686766, ci.High, Tolerance);
    }

    [Theory]
    // statsmodels/statsmodels, statsmodels/stats/tests/results/results_proportion.py: R package binom,
    // binom.confint(x, n, tol = 1e-8), method "exact" (Clopper–Pearson; the fifth column).
    [InlineData(18, 20, 0.6830172859809176, 0.9876514728297052)]
    [InlineData(4, 20, 0.05733399705003284, 0.436614002996668)]
    [InlineData(4, 200, 0.005475565879556443, 0.05041360908989634)]
    [InlineData(190, 200, 0.9099724622986486, 0.975765834527891)]
    public void Clopper_pearson_matches_r_binom_confint_exact_as_recorded_by_statsmodels(int x, int n, double low, double high)
    {
        var ci = ProportionInterval.ClopperPearson(x, n)!;
        Assert.Equal(low, ci.Low, Tolerance);
        Assert.Equal(high, ci.High, Tolerance);
    }

    [Fact]
    public void Clopper_pearson_matches_r_binom_test()
    {
        // statsmodels/statsmodels, statsmodels/stats/tests/test_proportion.py, test_binom_test:
        // R binom.test(51, 235, 1/6)$conf.int = 0.1660633298083073 0.2752683640289254.
        var ci = ProportionInterval.ClopperPearson(51, 235)!;
        Assert.Equal(0.1660633298083073, ci.Low, Tolerance);
        Assert.Equal(0.2752683640289254, ci.High, Tolerance);
        // The same file, one-sided 95% limits are the two-sided 90% ones:
        // binom.test(51, 235, 1/6, alternative = "greater") lower 0.1735252778065201, "less" upper 0.2659460862574313.
        var ninety = ProportionInterval.ClopperPearson(51, 235, 0.90)!;
        Assert.Equal(0.1735252778065201, ninety.Low, Tolerance);
        Assert.Equal(0.2659460862574313, ninety.High, Tolerance);
    }

    [Fact]
    public void Clopper_pearson_at_none_and_all_has_its_closed_form_for_30()
    {
        // Clopper and Pearson (1934): x = 0 gives upper 1 − (α/2)^(1/n); x = n gives lower (α/2)^(1/n).
        // statsmodels results_proportion.py records R binom.confint(0, 30) exact upper as 0.11570331.
        Assert.Equal(1 - Math.Pow(0.025, 1.0 / 30), ProportionInterval.ClopperPearson(0, 30)!.High, 1e-12);
        Assert.Equal(0.11570331, ProportionInterval.ClopperPearson(0, 30)!.High, Tolerance);
        Assert.Equal(Math.Pow(0.025, 1.0 / 30), ProportionInterval.ClopperPearson(30, 30)!.Low, 1e-12);
        Assert.Equal(0.8842967, ProportionInterval.ClopperPearson(30, 30)!.Low, Tolerance);
    }

    [Fact]
    public void Newcombe_matches_the_propint_r_package_output_for_newcombes_example_a()
    {
        // m-Py/propint, README.md: ci.two.indep.props(ci = 95, a = 56, m = 70, b = 48, n = 80) prints
        // $l 0.05243147 and $u 0.3338727 (Newcombe 1998, Table II, example (a), method 10).
        var d = ProportionDifference.Compare(56, 70, 48, 80)!;
        Assert.Equal(0.05243147, d.Low, Tolerance);
        Assert.Equal(0.3338727, d.High, Tolerance);
    }

    [Fact]
    public void Newcombe_matches_hypothesistests_jl_for_fagerlands_example()
    {
        // JuliaStats/HypothesisTests.jl, test/twobinomial.jl: TwoSampleBinomialTest(7, 34, 1, 34, ...;
        // method = :nhs) gives (0.018921443885772632, 0.3403686870327077) — the Newcombe hybrid score
        // example of Fagerland, Lydersen and Laake (2015), Stat Methods Med Res, doi:10.1177/0962280211415469,
        // which prints 0.019 to 0.340.
        var d = ProportionDifference.Compare(7, 34, 1, 34)!;
        Assert.Equal(0.018921443885772632, d.Low, Tolerance);
        Assert.Equal(0.3403686870327077, d.High, Tolerance);
    }

    [Theory]
    // statsmodels/statsmodels, statsmodels/stats/tests/test_proportion.py, TestProportion.res_ppt_pvals_raw:
    // pairwise chi-squared tests without continuity correction for smokers2 = (73, 90, 114, 75) of
    // patients = (86, 93, 136, 82), from R (the same values with Holm adjustment are R's pairwise.prop.test).
    [InlineData(90, 93, 73, 86, 0.00533824886503131)]
    [InlineData(114, 136, 73, 86, 0.8327574849753566)]
    [InlineData(75, 82, 73, 86, 0.1880573726722516)]
    [InlineData(114, 136, 90, 93, 0.002026764254350234)]
    [InlineData(75, 82, 90, 93, 0.1309487516334318)]
    [InlineData(75, 82, 114, 136, 0.1076118730631731)]
    public void Z_test_p_value_matches_r_pairwise_proportion_tests(int x1, int n1, int x2, int n2, double p)
    {
        Assert.Equal(p, ProportionDifference.ZTest(x1, n1, x2, n2).PValue, Tolerance);
    }

    [Fact]
    public void Z_test_statistic_matches_statsmodels_proportions_ztest()
    {
        // statsmodels/statsmodels, statsmodels/stats/tests/test_proportion.py, test_default_values (GH 2969):
        // proportions_ztest([5, 12], [83, 99]) = (-1.4078304151258787, 0.15918129181156992).
        var (z, p) = ProportionDifference.ZTest(5, 83, 12, 99);
        Assert.Equal(-1.4078304151258787, z, Tolerance);
        Assert.Equal(0.15918129181156992, p, Tolerance);
    }

    [Fact]
    public void Z_test_p_value_keeps_its_precision_far_in_the_tail()
    {
        // 2(1 − Φ(|z|)) cancels to exactly 0 once Φ(|z|) rounds to 1 (|z| > 8.3); 2Φ(−|z|) does not.
        var (z, p) = ProportionDifference.ZTest(900, 1000, 100, 1000);
        Assert.True(z > 30);
        Assert.InRange(p, double.Epsilon, 1e-200);
    }
}
