using CitizenFocus.Organisation;
using CitizenFocus.Reporting;
using CitizenFocus.Statistics;
using CitizenFocus.Statistics.Performance;

namespace CitizenFocus.Tests.Statistics;

/// <summary>
/// The pack's key-driver and equality diagnostics for one borough, on survey data held in memory: no
/// figure below the minimum effective sample, importance only where the evidence is, one comparison for a
/// two-category characteristic and significance after Holm's adjustment.
/// </summary>
public sealed class PackDiagnosticsTests
{
    private static readonly PackPeriod Period = PackPeriod.Ending(new DateOnly(2026, 6, 1), 12);
    private static readonly PackUnit Force = new(OrgLevel.Force, 1, "MPS", "Metropolitan Police Service", null);
    private static readonly PackUnit Area = new(OrgLevel.Area, 1, "NE", "North East", 1);
    private static readonly PackUnit GateTown = new(OrgLevel.Borough, 1, "E09000099", "Gate Town", 1);
    private static readonly PackUnit GateWard = new(OrgLevel.Ward, 1, "E05000999", "Gate Central", 1);

    [Fact]
    public void A_borough_under_fifty_shows_no_key_driver_or_equality_figure_anywhere()
    {
        // Gate Town: 42 victims, every one answering both components and giving their sex.
        var engine = Engine(KeyDriverTests.Reference(informedEffect: true).Take(42).ToList(), i => Profile(sex: i % 2 == 0 ? "Female" : "Male"));
        var h = Headline(engine);

        Assert.Equal(KeyDriverOutcome.InsufficientSample, h.Drivers!.Outcome);
        Assert.Empty(h.Drivers.Drivers);
        var drivers = PackReport.DriverBlocks(h, new PerformanceOptions());
        Assert.DoesNotContain(drivers, b => b is Chart || b is Table { Caption: "Key drivers" });
        Assert.Contains(drivers.OfType<Paragraph>(), p => p.Text.StartsWith("Key drivers: insufficient sample. 42 respondents", StringComparison.Ordinal));
        var equality = PackReport.EqualityBlocks(h);
        Assert.NotEmpty(h.Equality);
        Assert.All(h.Equality, r => Assert.Equal(GapOutcome.InsufficientSample, r.Gap.Outcome));
        Assert.DoesNotContain(equality, b => b is Chart);
        // No share, odds ratio, importance or gap: no percentage and no interval anywhere in either section.
        Assert.All(Texts(drivers).Concat(Texts(equality)), text => Assert.DoesNotContain("%", text));
        Assert.All(equality.OfType<Table>().SelectMany(t => t.Rows).SelectMany(r => r), cell => Assert.DoesNotContain(" to ", cell));
    }

    [Fact]
    public void Components_that_explain_nothing_get_no_importance_and_the_pack_says_so_with_the_test()
    {
        var h = Headline(Engine(KeyDriverTests.Reference(informedEffect: false)));

        Assert.Equal(KeyDriverOutcome.NotExplained, h.Drivers!.Outcome);
        var blocks = PackReport.DriverBlocks(h, new PerformanceOptions());
        Assert.DoesNotContain(blocks, b => b is Chart);
        var text = string.Join(" ", blocks.OfType<Paragraph>().Select(p => p.Text));
        Assert.Contains("No component explains the variation in the headline at this sample size", text);
        Assert.Contains("chi-square 0.3 on 2 degrees of freedom, p = 0.872", text);
        var table = blocks.OfType<Table>().Single(t => t.Caption == "Key drivers");
        Assert.Equal(["Component", "Share positive", "Odds ratio (95% interval)", "p-value"], table.Headers);
    }

    [Fact]
    public void Components_that_explain_the_headline_show_importance_and_odds_ratios_with_intervals()
    {
        var h = Headline(Engine(KeyDriverTests.Reference(informedEffect: true)));

        Assert.Equal(KeyDriverOutcome.Explained, h.Drivers!.Outcome);
        // The same figures as the pure analysis checked against statsmodels: the engine adds nothing.
        Assert.Equal(23.06920206659055, h.Drivers.LikelihoodRatio, 1e-6);
        var blocks = PackReport.DriverBlocks(h, new PerformanceOptions());
        Assert.Contains(blocks, b => b is Chart);
        Assert.Contains("chi-square 23.1 on 2 degrees of freedom, p < 0.001", string.Join(" ", blocks.OfType<Paragraph>().Select(p => p.Text)));
        var table = blocks.OfType<Table>().Single(t => t.Caption == "Key drivers");
        Assert.Equal(["Component", "Share positive", "Odds ratio (95% interval)", "p-value", "Importance"], table.Headers);
        var informed = table.Rows.Single(r => r[0] == "Kept informed");
        Assert.Equal("4.66 (2.23 to 9.77)", informed[2]);
    }

    [Fact]
    public void A_characteristic_given_in_two_categories_is_one_comparison_and_one_in_three_is_three()
    {
        var respondents = Enumerable.Range(0, 900).Select(i => new DriverRespondent(1, i % 7 < 4, new Dictionary<string, bool>())).ToList();
        var h = Headline(Engine(respondents, i => Profile(sex: i % 2 == 0 ? "Male" : "Female", ethnicity: (i % 3) switch { 0 => "White", 1 => "Black", _ => "Asian" })));

        var sex = Assert.Single(h.Equality, r => r.Characteristic == "Sex");
        Assert.Equal("Female", sex.Category);
        Assert.Equal("Male", sex.Against);
        var ethnicity = h.Equality.Where(r => r.Characteristic == "Ethnicity").ToList();
        Assert.Equal(["Asian", "Black", "White"], ethnicity.Select(r => r.Category));
        Assert.All(ethnicity, r => Assert.Null(r.Against));
        var table = PackReport.EqualityBlocks(h).OfType<Table>().Single();
        Assert.Equal(["Sex", "Female", "Male"], table.Rows.Single(r => r[0] == "Sex").Take(3));
        Assert.Equal("Everyone else", table.Rows.First(r => r[0] == "Ethnicity")[2]);
    }

    [Fact]
    public void Equality_gaps_are_significant_only_after_holms_adjustment_across_the_indicator()
    {
        // Women are more satisfied (a real gap); ethnicity and disability make no difference.
        var respondents = Enumerable.Range(0, 1_200).Select(i =>
            new DriverRespondent(0.5 + i % 3 * 0.5, i % 2 == 1 ? i % 10 < 8 : i % 10 < 5, new Dictionary<string, bool>())).ToList();
        var h = Headline(Engine(respondents, i => Profile(sex: i % 2 == 0 ? "Male" : "Female",
            ethnicity: (i / 2 % 3) switch { 0 => "White", 1 => "Black", _ => "Asian" }, disability: i / 6 % 4 == 0 ? "Yes" : "No")));

        var measured = h.Equality.Where(r => r.Gap.Outcome == GapOutcome.Measured).ToList();
        Assert.Equal(5, measured.Count);
        var holm = MultipleTesting.Holm(measured.Select(r => r.Gap.PValue!.Value).ToList());
        for (var i = 0; i < measured.Count; i++)
        {
            Assert.Equal(holm[i], measured[i].AdjustedPValue!.Value, 15);
            Assert.Equal(holm[i] < 0.05, measured[i].Significant);
        }
        Assert.True(measured.Single(r => r.Characteristic == "Sex").Significant);
    }

    [Fact]
    public void A_unit_under_fifty_shows_no_gap_even_when_the_respondents_who_gave_the_characteristic_weigh_evenly()
    {
        // 200 respondents weighing 1 gave their sex (100 a side, n_eff 100 each); five who did not weigh 100
        // each, so the borough's own n_eff is 700² / 50,200 = 9.8 and its figure is suppressed.
        var respondents = Enumerable.Range(0, 205).Select(i => new DriverRespondent(i < 200 ? 1 : 100, i % 3 == 0, new Dictionary<string, bool>())).ToList();
        var h = Headline(Engine(respondents, i => Profile(sex: i >= 200 ? null : i % 2 == 0 ? "Male" : "Female")));

        Assert.True(h.Result.Insufficient);
        var sex = Assert.Single(h.Equality);
        Assert.Equal(GapOutcome.InsufficientSample, sex.Gap.Outcome);
        Assert.Null(sex.AdjustedPValue);
        var row = PackReport.EqualityBlocks(h).OfType<Table>().Single().Rows.Single();
        Assert.Equal(["Sex", "Female", "Male", "100, 100", "insufficient sample", "", "", "", "", ""], row);
    }

    [Fact]
    public void The_equality_summary_says_how_many_gaps_chance_alone_would_make_significant()
    {
        // Twenty measured gaps: three below 5% on their own, one (0.001 × 20 = 0.02) still after Holm's; and one group too small.
        double[] p = [0.001, 0.02, 0.04, .. Enumerable.Repeat(0.5, 17)];
        var adjusted = MultipleTesting.Holm(p);
        var measured = p.Select((value, i) => new EqualityRow("Age band", $"Band {i}", null,
            new EqualityGapEstimate(GapOutcome.Measured, new WeightedProportion(200, 180, 0.7), new WeightedProportion(800, 700, 0.75),
                new DifferenceEstimate(-0.05, -0.12, 0.02, -1.2, value)),
            adjusted[i], adjusted[i] < 0.05, 0.05));
        var small = new EqualityRow("Religion", "Jewish", null,
            new EqualityGapEstimate(GapOutcome.InsufficientSample, new WeightedProportion(20, 18, 0.9), new WeightedProportion(980, 880, 0.7), null), null, false, 0.05);

        var text = PackReport.EqualitySummary([.. measured, small]);

        Assert.Equal("Each group against everyone else who gave that characteristic; where only two groups gave it, one against the other, as a single comparison. "
            + "1 group is too small to measure (effective sample under the minimum), so no shares are shown for it. "
            + "With 20 gaps tested at 5%, about 1 of them would look significant by chance alone even if there were no real differences; before adjustment, 3 did. "
            + "After Holm's adjustment for testing 20 gaps together, 1 is significant. The 95% intervals are for each gap on its own.", text);
    }

    private static IEnumerable<string> Texts(IEnumerable<ReportBlock> blocks) => blocks.SelectMany(IEnumerable<string> (b) => b switch
    {
        Paragraph p => [p.Text],
        Table t => t.Rows.SelectMany(r => r),
        _ => Array.Empty<string>(),
    });

    private static HeadlineView Headline(PerformanceEngine engine) =>
        PackReport.Build(engine, GateTown, Period, []).Headline("uss-satisfied")!;

    private static RespondentProfile Profile(string? sex = null, string? ethnicity = null, string? disability = null) =>
        new("r", null, sex, ethnicity, null, null, disability);

    /// <summary>
    /// Gate Town's victims: each respondent's headline answer, their answers to the two components
    /// ("informed" is asked as "Kept informed", "respect" as "Treated with respect") and their profile.
    /// </summary>
    private static PerformanceEngine Engine(IReadOnlyList<DriverRespondent> respondents, Func<int, RespondentProfile>? profile = null)
    {
        IndicatorDefinition Indicator(int id, string code, string name, string? headline) => new()
        {
            Id = id, Code = code, Name = name, Survey = SurveyKind.Uss, Question = code, PositiveAnswers = "Yes",
            IsHeadline = headline is null, HeadlineCode = headline,
        };
        var indicators = new[]
        {
            Indicator(1, "uss-satisfied", "Satisfied with the whole experience", null),
            Indicator(2, "uss-informed", "Kept informed", "uss-satisfied"),
            Indicator(3, "uss-respect", "Treated with respect", "uss-satisfied"),
        };
        var date = new DateOnly(2026, 3, 15);
        Observation Answer(int i, bool positive) => new(date, GateTown.Id, GateWard.Id, respondents[i].Weight, positive, i);
        var observations = new Dictionary<int, Observation[]>
        {
            [1] = respondents.Select((r, i) => Answer(i, r.HeadlinePositive)).ToArray(),
            [2] = respondents.Select((r, i) => (r, i)).Where(x => x.r.Components.ContainsKey("informed")).Select(x => Answer(x.i, x.r.Components["informed"])).ToArray(),
            [3] = respondents.Select((r, i) => (r, i)).Where(x => x.r.Components.ContainsKey("respect")).Select(x => Answer(x.i, x.r.Components["respect"])).ToArray(),
        };
        var data = new SurveyData
        {
            Force = Force, Areas = [Area], Boroughs = [GateTown], Wards = [GateWard], PeerForces = [],
            Indicators = indicators, Observations = observations,
            Respondents = respondents.Select((_, i) => profile?.Invoke(i) ?? Profile()).ToList(),
            Published = [], Targets = [], From = date, To = date,
        };
        return new PerformanceEngine(data, new PerformanceOptions());
    }
}
