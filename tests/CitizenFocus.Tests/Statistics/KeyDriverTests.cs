using CitizenFocus.Statistics;

namespace CitizenFocus.Tests.Statistics;

/// <summary>Key-driver analysis: weighted logistic regression of a headline on component answers.</summary>
public sealed class KeyDriverTests
{
    [Fact]
    public void One_component_with_equal_weights_gives_the_tables_log_odds_ratio_and_woolf_standard_error()
    {
        // 2×2: informed & confident 120, informed & not 40, not informed & confident 90, not informed & not 150.
        var respondents = Table(120, 40, 90, 150, weight: _ => 1.0);
        var analysis = KeyDrivers.Analyse(respondents);
        var informed = Assert.Single(analysis.Drivers);

        Assert.Equal(LogisticFitStatus.Converged, analysis.Status);
        Assert.Equal(400, analysis.EffectiveN, 9);
        Assert.Equal(Math.Log(120.0 * 150 / (40 * 90)), informed.Coefficient, 9);
        Assert.Equal(120.0 * 150 / (40 * 90), informed.OddsRatio, 8);
        Assert.Equal(Math.Sqrt(1 / 120.0 + 1 / 40.0 + 1 / 90.0 + 1 / 150.0), informed.StandardError, 9);
        Assert.Equal(160.0 / 400, informed.SharePositive, 12);
        Assert.Equal(1.0, informed.Importance, 12);
    }

    [Fact]
    public void Unequal_weights_are_scaled_to_the_effective_sample_size()
    {
        // Every other respondent in each cell weighs 3 rather than 1: the cells keep their proportions, so
        // the odds ratio is unchanged, but n_eff = (Σw)² / Σw² = 400 · 4 / 5 = 320 and each weighted cell is
        // its count × 320 / 400, so Woolf's standard error grows by √(400 / 320).
        var respondents = Table(120, 40, 90, 150, weight: i => i % 2 == 0 ? 1.0 : 3.0);
        var analysis = KeyDrivers.Analyse(respondents);
        var informed = analysis.Drivers[0];

        Assert.Equal(320, analysis.EffectiveN, 9);
        Assert.Equal(Math.Log(120.0 * 150 / (40 * 90)), informed.Coefficient, 9);
        Assert.Equal(Math.Sqrt(1 / 120.0 + 1 / 40.0 + 1 / 90.0 + 1 / 150.0) * Math.Sqrt(400.0 / 320), informed.StandardError, 9);
    }

    [Fact]
    public void Components_are_ranked_by_their_standardised_effect()
    {
        // Simulated survey, fixed seed: being informed moves confidence most (log-odds 1.5), being treated
        // with respect less (0.7), seeing patrols not at all.
        var random = new Random(20091231);
        var respondents = new List<DriverRespondent>();
        for (var i = 0; i < 6000; i++)
        {
            var informed = random.NextDouble() < 0.4;
            var respect = random.NextDouble() < 0.7;
            var visible = random.NextDouble() < 0.3;
            var eta = -1 + 1.5 * (informed ? 1 : 0) + 0.7 * (respect ? 1 : 0);
            var confident = random.NextDouble() < 1 / (1 + Math.Exp(-eta));
            var weight = 0.5 + random.NextDouble();
            respondents.Add(new DriverRespondent(weight, confident,
                new Dictionary<string, bool> { ["informed"] = informed, ["respect"] = respect, ["visible"] = visible }));
        }

        var analysis = KeyDrivers.Analyse(respondents);

        Assert.Equal(LogisticFitStatus.Converged, analysis.Status);
        Assert.Equal(["informed", "respect", "visible"], analysis.Drivers.Select(d => d.Component));
        Assert.Equal(1.0, analysis.Drivers.Sum(d => d.Importance), 12);
        var informedDriver = analysis.Drivers[0];
        Assert.InRange(informedDriver.Coefficient, 1.5 - 3 * informedDriver.StandardError, 1.5 + 3 * informedDriver.StandardError);
        Assert.True(informedDriver.PValue < 1e-10);
        Assert.True(analysis.Drivers[2].PValue > 0.01);
        var totalWeight = respondents.Sum(r => r.Weight);
        Assert.Equal(respondents.Where(r => r.Components["informed"]).Sum(r => r.Weight) / totalWeight, informedDriver.SharePositive, 12);
        // Importance is |b| · √(p(1 − p)) as a share of the sum.
        var effects = analysis.Drivers.Select(d => Math.Abs(d.Coefficient) * Math.Sqrt(d.SharePositive * (1 - d.SharePositive))).ToArray();
        Assert.Equal(effects[0] / effects.Sum(), informedDriver.Importance, 12);
    }

    [Fact]
    public void Respondents_missing_a_component_are_left_out_and_counted()
    {
        var respondents = Table(30, 10, 20, 40, weight: _ => 1.0);
        respondents.Add(new DriverRespondent(1, true, new Dictionary<string, bool>()));
        var analysis = KeyDrivers.Analyse(respondents);

        Assert.Equal(100, analysis.Respondents);
        Assert.Equal(1, analysis.Excluded);
    }

    [Fact]
    public void Separation_is_reported_with_no_estimate()
    {
        // Everyone informed is confident: an empty cell.
        var analysis = KeyDrivers.Analyse(Table(50, 0, 30, 40, weight: _ => 1.0));

        Assert.Equal(KeyDriverOutcome.NotFitted, analysis.Outcome);
        Assert.Equal(LogisticFitStatus.Separation, analysis.Status);
        Assert.Empty(analysis.Drivers);
        Assert.True(double.IsNaN(analysis.ModelPValue));
    }

    [Fact]
    public void Two_components_on_unequal_weights_match_statsmodels_glm_with_the_same_frequency_weights()
    {
        // Reference: statsmodels 0.13.5 (Debian's python3-statsmodels), on Reference(informedEffect: true):
        //   ws = w * n_eff / w.sum()                                       # n_eff = (Σw)² / Σw²
        //   m = sm.GLM(y, X, family=sm.families.Binomial(), freq_weights=ws).fit(tol=1e-14)
        //   m.params, m.bse, m.pvalues, np.exp(m.conf_int(alpha=0.05)), 2 * (m.llf - m.llnull),
        //   scipy.stats.chi2.sf(2 * (m.llf - m.llnull), 2)
        var analysis = KeyDrivers.Analyse(Reference(informedEffect: true));

        Assert.Equal(KeyDriverOutcome.Explained, analysis.Outcome);
        Assert.Equal(148.14814814814815, analysis.EffectiveN, 1e-9);
        Assert.Equal(2, analysis.DegreesOfFreedom);
        Assert.Equal(23.06920206659055, analysis.LikelihoodRatio, 1e-6);
        Assert.Equal(9.78557658657527e-06, analysis.ModelPValue, 1e-11);
        var informed = analysis.Drivers.Single(d => d.Component == "informed");
        Assert.Equal(1.5398236981383167, informed.Coefficient, 1e-6);
        Assert.Equal(0.3772500163185148, informed.StandardError, 1e-6);
        Assert.Equal(4.470630546855715e-05, informed.PValue, 1e-10);
        Assert.Equal(2.2264920006613345, informed.OddsRatioLow, 1e-6);
        Assert.Equal(9.769058971908498, informed.OddsRatioHigh, 1e-6);
        var respect = analysis.Drivers.Single(d => d.Component == "respect");
        Assert.Equal(0.859893407863528, respect.Coefficient, 1e-6);
        Assert.Equal(0.36525323711216534, respect.StandardError, 1e-6);
        Assert.Equal(0.01856067407964705, respect.PValue, 1e-6);
        Assert.Equal(1.1548959090605384, respect.OddsRatioLow, 1e-6);
        Assert.Equal(4.8344946187141575, respect.OddsRatioHigh, 1e-6);
    }

    [Fact]
    public void Components_that_explain_nothing_get_no_importance_and_the_test_says_so()
    {
        // The same respondents with a headline unrelated to either component. statsmodels (as above):
        // likelihood ratio 0.2732177506904634 on 2 df, p = 0.8723113418908166.
        var analysis = KeyDrivers.Analyse(Reference(informedEffect: false));

        Assert.Equal(KeyDriverOutcome.NotExplained, analysis.Outcome);
        Assert.Equal(LogisticFitStatus.Converged, analysis.Status);
        Assert.Equal(0.2732177506904634, analysis.LikelihoodRatio, 1e-6);
        Assert.Equal(0.8723113418908166, analysis.ModelPValue, 1e-6);
        Assert.All(analysis.Drivers, d => Assert.True(double.IsNaN(d.Importance)));
        Assert.Equal(["informed", "respect"], analysis.Drivers.Select(d => d.Component));
        Assert.All(analysis.Drivers, d => Assert.InRange(1.0, d.OddsRatioLow, d.OddsRatioHigh));
    }

    [Fact]
    public void The_likelihood_ratio_allows_for_the_weights_through_the_effective_sample()
    {
        // One component: the statistic is the 2×2 table's G on the cells scaled to n_eff, here 320 / 400 of
        // the counts, and G scales with the counts.
        var analysis = KeyDrivers.Analyse(Table(120, 40, 90, 150, weight: i => i % 2 == 0 ? 1.0 : 3.0));

        double a = 120, b = 40, c = 90, d = 150, n = a + b + c + d;
        double Term(double observed, double rowTotal, double columnTotal) => observed * Math.Log(observed * n / (rowTotal * columnTotal));
        var g = 2 * (Term(a, a + b, a + c) + Term(b, a + b, b + d) + Term(c, c + d, a + c) + Term(d, c + d, b + d));
        Assert.Equal(g * 320 / 400, analysis.LikelihoodRatio, 9);
        Assert.Equal(1, analysis.DegreesOfFreedom);
    }

    [Fact]
    public void A_headline_whose_effective_sample_is_under_fifty_gives_no_estimate()
    {
        // Gate Town: 42 victims answered everything.
        var analysis = KeyDrivers.Analyse(Table(15, 6, 9, 12, weight: _ => 1.0));

        Assert.Equal(KeyDriverOutcome.InsufficientSample, analysis.Outcome);
        Assert.Null(analysis.Status);
        Assert.Empty(analysis.Drivers);
        Assert.Equal(42, analysis.Respondents);
        Assert.Equal(42, analysis.EffectiveN, 9);
        Assert.True(double.IsNaN(analysis.LikelihoodRatio) && double.IsNaN(analysis.ModelPValue));
    }

    [Fact]
    public void A_model_under_fifty_is_insufficient_though_the_headline_is_not()
    {
        // 60 answered the headline, but 20 of them skipped the component question.
        var respondents = Table(15, 6, 9, 10, weight: _ => 1.0);
        respondents.AddRange(Enumerable.Range(0, 20).Select(i => new DriverRespondent(1, i % 2 == 0, new Dictionary<string, bool>())));

        var analysis = KeyDrivers.Analyse(respondents);

        Assert.Equal(KeyDriverOutcome.InsufficientSample, analysis.Outcome);
        Assert.Equal(60, analysis.HeadlineEffectiveN, 9);
        Assert.Equal(40, analysis.EffectiveN, 9);
        Assert.Empty(analysis.Drivers);
    }

    [Fact]
    public void A_headline_under_fifty_is_insufficient_though_the_model_is_not()
    {
        // Kish's n_eff of a subset can exceed the whole's: 60 complete answers weighing 1, and five who
        // skipped the component weighing 20 each, put the headline's n_eff at 160² / 2,060 = 12.4.
        var respondents = Table(20, 10, 10, 20, weight: _ => 1.0);
        respondents.AddRange(Enumerable.Range(0, 5).Select(i => new DriverRespondent(20, true, new Dictionary<string, bool>())));

        var analysis = KeyDrivers.Analyse(respondents);

        Assert.Equal(KeyDriverOutcome.InsufficientSample, analysis.Outcome);
        Assert.Equal(60, analysis.EffectiveN, 9);
        Assert.Equal(160.0 * 160 / 2_060, analysis.HeadlineEffectiveN, 9);
        Assert.Empty(analysis.Drivers);
    }

    /// <summary>
    /// 160 respondents, fixed by formula so that the Python reference builds the same rows:
    /// informed when (7i mod 10) &lt; 4, treated with respect when (3i mod 7) &lt; 4, weight 0.6 + 0.2·(i mod 5);
    /// positive when (11i mod 13) &lt; 4 + 4·informed + 2·respect, or, without the effect, when (11i mod 13) &lt; 7.
    /// </summary>
    internal static List<DriverRespondent> Reference(bool informedEffect) =>
        Enumerable.Range(0, 160).Select(i =>
        {
            var informed = i * 7 % 10 < 4;
            var respect = i * 3 % 7 < 4;
            var positive = informedEffect ? i * 11 % 13 < 4 + (informed ? 4 : 0) + (respect ? 2 : 0) : i * 11 % 13 < 7;
            return new DriverRespondent(0.6 + 0.2 * (i % 5), positive, new Dictionary<string, bool> { ["informed"] = informed, ["respect"] = respect });
        }).ToList();

    // Informed: a confident, b not; not informed: c confident, d not.
    private static List<DriverRespondent> Table(int a, int b, int c, int d, Func<int, double> weight)
    {
        var rows = new List<DriverRespondent>();
        void Add(int count, bool informed, bool confident)
        {
            for (var i = 0; i < count; i++)
                rows.Add(new DriverRespondent(weight(i), confident, new Dictionary<string, bool> { ["informed"] = informed }));
        }
        Add(a, true, true);
        Add(b, true, false);
        Add(c, false, true);
        Add(d, false, false);
        return rows;
    }
}
