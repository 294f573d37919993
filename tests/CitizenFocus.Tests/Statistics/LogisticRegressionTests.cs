using CitizenFocus.Statistics;

namespace CitizenFocus.Tests.Statistics;

/// <summary>Weighted logistic regression against closed forms and a published R glm fit.</summary>
public sealed class LogisticRegressionTests
{
    // A 2×2 table: a, b positive/negative outcomes where the predictor is 1; c, d where it is 0.
    private const int A = 40, B = 10, C = 30, D = 20;

    [Fact]
    public void A_single_binary_predictor_gives_the_log_odds_ratio_and_woolfs_standard_error()
    {
        // Closed form for a saturated 2×2 model: slope = ln(ad / bc), se = √(1/a + 1/b + 1/c + 1/d) (Woolf 1955);
        // intercept = ln(c / d), se = √(1/c + 1/d).
        var (x, y) = Expand();
        var fit = LogisticRegression.Fit(x, y, names: ["positive"]);

        Assert.Equal(LogisticFitStatus.Converged, fit.Status);
        Assert.Equal(Math.Log((double)A * D / (B * C)), fit["positive"].Estimate, 10);
        Assert.Equal(Math.Sqrt(1.0 / A + 1.0 / B + 1.0 / C + 1.0 / D), fit["positive"].StandardError, 10);
        Assert.Equal((double)A * D / (B * C), fit["positive"].OddsRatio, 9);
        Assert.Equal(Math.Log((double)C / D), fit[LogisticRegression.InterceptName].Estimate, 10);
        Assert.Equal(Math.Sqrt(1.0 / C + 1.0 / D), fit[LogisticRegression.InterceptName].StandardError, 10);
    }

    [Fact]
    public void Frequency_weights_give_the_same_fit_as_repeated_rows()
    {
        // The four cells of the table as four weighted rows.
        double[][] x = [[1], [1], [0], [0]];
        bool[] y = [true, false, true, false];
        double[] w = [A, B, C, D];
        var weighted = LogisticRegression.Fit(x, y, w, ["positive"]);
        var (rows, outcomes) = Expand();
        var repeated = LogisticRegression.Fit(rows, outcomes, names: ["positive"]);

        Assert.Equal(repeated["positive"].Estimate, weighted["positive"].Estimate, 10);
        Assert.Equal(repeated["positive"].StandardError, weighted["positive"].StandardError, 10);
        Assert.Equal(repeated.Deviance, weighted.Deviance, 8);
    }

    [Fact]
    public void Challenger_o_ring_damage_on_23_flights_reproduces_rs_published_glm_summary()
    {
        // Data: the 23 flights before Challenger (Dalal, Fowlkes and Hoadley 1989, JASA 84:945–957) as listed
        // in Cambridge DPMMS Statistical Modelling notes, https://www.dpmms.cam.ac.uk/study/II/StatisticalModelling/2012-2013/space.txt
        // (damaged O-rings y and temperature); the outcome is "any damage", y > 0.
        // R: glm(Fail > 0 ~ Temp, family = binomial) prints, in https://byui-kctolli.netlify.app/math325/analyses/examples/challengerlogisticreg
        //   (Intercept)  15.0429  7.3786   2.039  0.0415
        //   Temp         -0.2322  0.1082  -2.145  0.0320
        // (and mac-stat.github.io/Stat155Notes/fitting-the-model.html gives the same with vcd's SpaceShuttle).
        double[] temp = [53, 57, 58, 63, 66, 67, 67, 67, 68, 69, 70, 70, 70, 70, 72, 73, 75, 75, 76, 76, 78, 79, 81];
        int[] damaged = [2, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0];
        var fit = LogisticRegression.Fit(temp.Select(t => new[] { t }).ToArray(), damaged.Select(d => d > 0).ToArray(), names: ["Temp"]);

        Assert.Equal(LogisticFitStatus.Converged, fit.Status);
        var intercept = fit[LogisticRegression.InterceptName];
        Assert.Equal(15.0429, intercept.Estimate, 5e-5);
        Assert.Equal(7.3786, intercept.StandardError, 5e-5);
        Assert.Equal(2.039, intercept.Z, 5e-4);
        Assert.Equal(0.0415, intercept.PValue, 5e-5);
        var slope = fit["Temp"];
        Assert.Equal(-0.2322, slope.Estimate, 5e-5);
        Assert.Equal(0.1082, slope.StandardError, 5e-5);
        Assert.Equal(-2.145, slope.Z, 5e-4);
        Assert.Equal(0.0320, slope.PValue, 5e-5);
    }

    [Fact]
    public void Challenger_o_ring_failures_on_24_launches_reproduce_rs_published_glm_summary()
    {
        // Sneddon, Memorial University of Newfoundland, Statistics 4590 notes "Logistic Regression for Binary
        // Responses" (http://www.math.mun.ca/~sneddon/st4590/logistic.reg): 24 launches, data printed in full;
        // glm(Failure ~ Temp, family = binomial) prints
        //   (Intercept) 10.87535  5.70291  z 1.907  p 0.0565
        //   Temp        -0.17132  0.08344  z -2.053 p 0.0400
        //   Residual Deviance: 23.03
        // R stops on a relative deviance change below 1e-8 and reports standard errors from the weights of its
        // last iteration, which were computed one step before the printed estimates; here that step was still
        // 3e-5 from the maximum, enough to move the intercept's SE in the fourth decimal. At the maximum it is
        // 5.7031, as Minitab prints (5.703; Montgomery and Runger, Applied Statistics and Probability for
        // Engineers, supplement S11, same data: 10.875, 5.703, −0.17132, 0.08344).
        double[] temp = [53, 56, 57, 63, 66, 67, 67, 67, 68, 69, 70, 70, 70, 70, 72, 73, 75, 75, 76, 76, 78, 79, 80, 81];
        const string failure = "yyynnnnnnnnyyynnnynnnnnn";
        var fit = LogisticRegression.Fit(temp.Select(t => new[] { t }).ToArray(), failure.Select(c => c == 'y').ToArray(), names: ["Temp"]);

        Assert.Equal(LogisticFitStatus.Converged, fit.Status);
        var intercept = fit[LogisticRegression.InterceptName];
        Assert.Equal(10.87535, intercept.Estimate, 5e-6);
        Assert.Equal(5.703, intercept.StandardError, 5e-4);
        Assert.Equal(1.907, intercept.Z, 5e-4);
        Assert.Equal(0.0565, intercept.PValue, 5e-5);
        var slope = fit["Temp"];
        Assert.Equal(-0.17132, slope.Estimate, 5e-6);
        Assert.Equal(0.08344, slope.StandardError, 5e-6);
        Assert.Equal(-2.053, slope.Z, 5e-4);
        Assert.Equal(0.0400, slope.PValue, 1e-4);   // R's 0.04005 from its stale SE; 0.04006 at the maximum
        Assert.Equal(23.03, fit.Deviance, 5e-3);
    }

    [Fact]
    public void The_likelihood_ratio_test_of_a_single_binary_predictor_is_the_g_test_of_its_two_by_two_table()
    {
        // Against the intercept-only model the saturated 2×2 model's likelihood ratio is the G statistic of independence,
        // G = 2 Σ O ln(O / E) with E = row total × column total / n (Sokal and Rohlf, Biometry, §17.2), and
        // on one degree of freedom P(χ² > G) = 2Φ(−√G).
        var (x, y) = Expand();
        var fit = LogisticRegression.Fit(x, y, names: ["positive"]);

        double n = A + B + C + D, positive = A + C, negative = B + D, exposed = A + B, unexposed = C + D;
        double Term(double observed, double expected) => observed * Math.Log(observed / expected);
        var g = 2 * (Term(A, exposed * positive / n) + Term(B, exposed * negative / n) + Term(C, unexposed * positive / n) + Term(D, unexposed * negative / n));
        Assert.Equal(1, fit.DegreesOfFreedom);
        Assert.Equal(g, fit.LikelihoodRatio, 9);
        Assert.Equal(2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -Math.Sqrt(g)), fit.ModelPValue, 12);
        // The null deviance is the intercept-only model's, −2 n (p̄ ln p̄ + (1 − p̄) ln(1 − p̄)).
        Assert.Equal(-2 * (positive * Math.Log(positive / n) + negative * Math.Log(negative / n)), fit.NullDeviance, 9);
    }

    [Fact]
    public void The_odds_ratio_interval_is_woolfs_exp_of_the_log_odds_ratio_plus_or_minus_1_96_standard_errors()
    {
        var (x, y) = Expand();
        var slope = LogisticRegression.Fit(x, y, names: ["positive"])["positive"];
        var logOdds = Math.Log((double)A * D / (B * C));
        var se = Math.Sqrt(1.0 / A + 1.0 / B + 1.0 / C + 1.0 / D);

        var (low, high) = slope.OddsRatioInterval();

        // z = 1.959963984540054, the normal 97.5% point.
        Assert.Equal(Math.Exp(logOdds - 1.959963984540054 * se), low, 9);
        Assert.Equal(Math.Exp(logOdds + 1.959963984540054 * se), high, 9);
        Assert.Equal(Math.Exp(logOdds - 2.5758293035489 * se), slope.OddsRatioInterval(0.99).Low, 9);
    }

    [Fact]
    public void A_failed_fit_has_no_likelihood_ratio_test()
    {
        var fit = LogisticRegression.Fit([[1.0], [1.0], [1.0], [1.0], [1.0]], [true, false, true, false, true]);

        Assert.True(double.IsNaN(fit.LikelihoodRatio));
        Assert.True(double.IsNaN(fit.ModelPValue));
    }

    [Fact]
    public void Quasi_complete_separation_is_reported_not_thrown()
    {
        // Everyone positive on the component is positive on the headline: an empty cell, an infinite odds ratio.
        double[][] x = [[1], [1], [1], [0], [0], [0], [0]];
        bool[] y = [true, true, true, true, false, false, true];
        var fit = LogisticRegression.Fit(x, y, names: ["component"]);

        Assert.Equal(LogisticFitStatus.Separation, fit.Status);
        Assert.False(fit.Converged);
        Assert.True(fit["component"].Estimate > 10);
    }

    [Fact]
    public void Complete_separation_is_reported_not_thrown()
    {
        double[][] x = [[50], [55], [58], [62], [66], [70], [75]];
        bool[] y = [true, true, true, false, false, false, false];
        var fit = LogisticRegression.Fit(x, y);

        Assert.Equal(LogisticFitStatus.Separation, fit.Status);
    }

    [Fact]
    public void An_outcome_that_never_varies_is_separation()
    {
        var fit = LogisticRegression.Fit([[1.0], [0.0], [1.0]], [true, true, true]);
        Assert.Equal(LogisticFitStatus.Separation, fit.Status);
        Assert.True(double.IsNaN(fit.Coefficients[1].Estimate));
    }

    [Fact]
    public void A_constant_or_duplicated_predictor_is_singular()
    {
        bool[] y = [true, false, true, false, true];
        var constant = LogisticRegression.Fit([[1.0], [1.0], [1.0], [1.0], [1.0]], y);
        var duplicated = LogisticRegression.Fit([[1.0, 1.0], [0.0, 0.0], [1.0, 1.0], [1.0, 1.0], [0.0, 0.0]], y);

        Assert.Equal(LogisticFitStatus.Singular, constant.Status);
        Assert.Equal(LogisticFitStatus.Singular, duplicated.Status);
    }

    [Fact]
    public void A_too_small_iteration_limit_is_reported_as_not_converged()
    {
        var (x, y) = Expand();
        var fit = LogisticRegression.Fit(x, y, maxIterations: 1);
        Assert.Equal(LogisticFitStatus.NotConverged, fit.Status);
        Assert.Equal(1, fit.Iterations);
    }

    private static (double[][] X, bool[] Y) Expand()
    {
        var rows = new List<(double[] X, bool Y)>();
        rows.AddRange(Enumerable.Repeat((new[] { 1.0 }, true), A));
        rows.AddRange(Enumerable.Repeat((new[] { 1.0 }, false), B));
        rows.AddRange(Enumerable.Repeat((new[] { 0.0 }, true), C));
        rows.AddRange(Enumerable.Repeat((new[] { 0.0 }, false), D));
        return (rows.Select(r => r.X).ToArray(), rows.Select(r => r.Y).ToArray());
    }
}
