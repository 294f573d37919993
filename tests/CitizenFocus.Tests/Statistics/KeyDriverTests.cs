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
    public void Separation_is_reported_with_no_importance()
    {
        // Everyone informed is confident: an empty cell.
        var analysis = KeyDrivers.Analyse(Table(50, 0, 30, 40, weight: _ => 1.0));

        Assert.Equal(LogisticFitStatus.Separation, analysis.Status);
        Assert.True(double.IsNaN(analysis.Drivers[0].Importance));
    }

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
