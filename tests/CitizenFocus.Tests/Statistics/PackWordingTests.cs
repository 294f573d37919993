using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Reporting;
using CitizenFocus.Statistics;
using CitizenFocus.Statistics.Performance;
using UglyToad.PdfPig;

namespace CitizenFocus.Tests.Statistics;

/// <summary>
/// How the pack reads (issue 12, "a pack that reads right"), on survey data held in memory: both differences
/// with their intervals in points, "change on a year earlier", trend charts scaled to the data, the force
/// against each of its Most Similar Forces, no word broken across lines in the PDF, and the confidence
/// level, window and minimum sample in the words of the options.
/// </summary>
public sealed class PackWordingTests
{
    private static readonly DateOnly Month = new(2026, 6, 1);
    private static readonly PackPeriod Period = PackPeriod.Ending(Month, 12);
    private static readonly PackUnit Force = new(OrgLevel.Force, 1, "MPS", "Metropolitan Police Service", null);
    private static readonly PackUnit Area = new(OrgLevel.Area, 1, "NE", "North East", 1);

    private static readonly PackUnit[] Boroughs =
    [
        new(OrgLevel.Borough, 1, "E09000001", "Ashford Vale", 1),
        new(OrgLevel.Borough, 2, "E09000002", "Brook Green", 1),
        new(OrgLevel.Borough, 3, "E09000003", "Cole Park", 1),
    ];

    [Fact]
    public void A_difference_reads_as_points_with_its_interval_and_whether_it_is_significant()
    {
        var text = PackReport.DifferenceText(new DifferenceEstimate(-0.044, -0.078, -0.010, -2.5, 0.01));

        Assert.Equal("\u22124.4 points (\u22127.8 to \u22121.0), significant", text);
        Assert.Equal("+1.2 points (\u22122.0 to +4.4), not significant",
            PackReport.DifferenceText(new DifferenceEstimate(0.012, -0.020, 0.044, 0.7, 0.5)));
    }

    [Fact]
    public void A_peer_group_of_one_reads_the_borough_not_the_1_boroughs()
    {
        Assert.Equal("the borough", PackReport.Count(1, OrgLevel.Borough));
        Assert.Equal("the 7 wards", PackReport.Count(7, OrgLevel.Ward));
        var pack = PackReport.Build(Engine(new PerformanceOptions()), Boroughs[0], Period, []);
        Assert.DoesNotContain(pack.PeerNotes, n => n.Contains("the 1 ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_scorecard_gives_both_differences_with_intervals_and_says_change_on_a_year_earlier_not_trend()
    {
        var pack = PackReport.Build(Engine(new PerformanceOptions()), Boroughs[0], Period, []);

        var scorecard = PackReport.Scorecard(pack.Scorecard, pack.Options);

        Assert.Equal(["Indicator", "Estimate", "95% interval", "Effective sample", "Peer average", "Against the peer average", "A year earlier",
            "Change on a year earlier", "Grade"], scorecard.Headers);
        var headline = scorecard.Rows.Single(r => r[0] == "Confident the police do a good job");
        Assert.Matches(@"^[+\u2212]\d+\.\d points \([+\u2212]?\d+\.\d to [+\u2212]?\d+\.\d\), (not )?significant$", headline[5]);
        Assert.Matches(@"^[+\u2212]\d+\.\d points \([+\u2212]?\d+\.\d to [+\u2212]?\d+\.\d\), (not )?significant$", headline[7]);
        var summary = PackReport.Summary(pack.Headlines[0].Result, pack.Options);
        Assert.Contains("Against the peer average of ", summary, StringComparison.Ordinal);
        Assert.Contains("Change on a year earlier (", summary, StringComparison.Ordinal);
        Assert.Matches(@"Change on a year earlier \(\d+\.\d% then\): \u2212\d+\.\d points \(\u2212\d+\.\d to \u2212\d+\.\d\), significant\.", summary);
        var report = PackReport.ToReport(pack, "today");
        Assert.DoesNotContain(AllText(report), t => t.Contains("Trend", StringComparison.Ordinal));
    }

    [Fact]
    public void With_options_at_90_percent_6_months_and_80_the_pack_says_so_and_never_95_percent_12_months_or_50()
    {
        var options = new PerformanceOptions { Confidence = 0.9, WindowMonths = 6, MinimumEffectiveSample = 80 };

        var explanation = PackReport.GradeExplanation(options);
        var pack = PackReport.Build(Engine(options), Boroughs[0], PackPeriod.Ending(Month, 6), [new ComplianceRow("First contact", OrgLevel.Borough, "E09000001", "Ashford Vale", Month, 40, 36, 0.9, 0.78, 0.96, 0.9)]);
        var report = PackReport.ToReport(pack, "today");

        Assert.Contains("significant at 90%", explanation, StringComparison.Ordinal);
        Assert.Contains("rolling 6 months", explanation, StringComparison.Ordinal);
        Assert.Contains("under 80 no figure", explanation, StringComparison.Ordinal);
        var text = AllText(report).ToList();
        Assert.Contains(explanation, text);
        Assert.Contains("90% interval", report.Sections[0].Blocks.OfType<Table>().First().Headers);
        Assert.Contains(text, t => t.Contains("(90% interval ", StringComparison.Ordinal));
        Assert.Contains("90% interval", report.Sections.Single(s => s.Heading == "Service standards").Blocks.OfType<Table>().Single().Headers);
        Assert.Contains(report.Sections.SelectMany(s => s.Blocks).OfType<Chart>(), c => c.Spec.Title == "Month by month (rolling 6 months)");
        // The funnel plot's 95% and 99.8% limits are control limits, the same whatever the confidence level.
        Assert.DoesNotContain(text, t => t.Contains("95%", StringComparison.Ordinal) && !t.Contains("99.8%", StringComparison.Ordinal));
        Assert.DoesNotContain(text, t => t.Contains("12 months", StringComparison.Ordinal));
        Assert.DoesNotContain(text, t => t.Contains("under 50", StringComparison.Ordinal));
        Assert.Contains(PackReport.GradeExplanation(options), AllText(PackReport.Overview(Engine(options), OrgLevel.Borough, PackPeriod.Ending(Month, 6), "today")));
    }

    [Fact]
    public void The_trend_chart_is_scaled_to_the_figures_and_their_intervals_not_zero_to_a_hundred()
    {
        var pack = PackReport.Build(Engine(new PerformanceOptions()), Boroughs[0], Period, []);

        var trend = (TrendChart)PackReport.HeadlineSections(pack, pack.Headlines[0]).First().Blocks.OfType<Chart>().First().Spec;

        var series = Assert.Single(trend.Series);
        Assert.True(series.HasBand);
        var lowest = series.Lower!.Min()!.Value;
        var highest = series.Upper!.Max()!.Value;
        var axis = trend.ValueAxis!;
        Assert.InRange(axis.Minimum, Math.Max(0, lowest - 15), lowest - 0.5);
        Assert.InRange(axis.Maximum, highest + 0.5, Math.Min(100, highest + 15));
        Assert.True(axis.Minimum > 0 || axis.Maximum < 100, $"{axis} is the whole scale");
        Assert.Contains(trend.Months[^1], trend.AltText, StringComparison.Ordinal);
        Assert.Equal(["Month", "Ashford Vale", "Ashford Vale lower", "Ashford Vale upper"], trend.ToDataTable().Headers);
    }

    [Fact]
    public void The_force_is_charted_against_each_most_similar_force_with_intervals_as_the_engine_computes_them()
    {
        var options = new PerformanceOptions();
        var engine = Engine(options);
        var pack = PackReport.Build(engine, Force, Period, []);
        var h = pack.Headlines[0];

        var chart = PackReport.HeadlineSections(pack, h).Select(s => s.Blocks.OfType<Chart>().FirstOrDefault())
            .Select(c => c?.Spec).OfType<BarChart>().Single();

        Assert.Equal(["Greater Manchester Police", "West Yorkshire Police", "Metropolitan Police Service"], chart.OrderedBars().Select(b => b.Label));
        Assert.Equal("Metropolitan Police Service", chart.Highlight);
        // West Yorkshire: 62% of 1,200 interviews; the public survey's design effect 1.5 makes 800 effective.
        var expected = ProportionInterval.Wilson(0.62 * 800, 800, options.Confidence)!;
        var wyp = chart.Bars.Single(b => b.Label == "West Yorkshire Police");
        Assert.Equal(expected.Estimate * 100, wyp.Value, 9);
        Assert.Equal(expected.Low * 100, wyp.Lower!.Value, 9);
        Assert.Equal(expected.High * 100, wyp.Upper!.Value, 9);
        var force = chart.Bars.Single(b => b.Label == "Metropolitan Police Service");
        Assert.Equal(h.Result.Estimate!.Low * 100, force.Lower!.Value, 9);
        Assert.Equal(h.Result.PeerEstimate!.Value * 100, chart.ReferenceLine!.Value, 9);
        Assert.Contains("West Midlands Police", chart.AltText, StringComparison.Ordinal);
        Assert.Contains("Metropolitan Police Service", chart.AltText, StringComparison.Ordinal);
        Assert.Equal(3, chart.ToDataTable().Rows.Count);
        var overview = PackReport.Overview(engine, OrgLevel.Force, Period, "today");
        Assert.Contains(overview.Sections.SelectMany(s => s.Blocks).OfType<Chart>(), c => c.Spec is BarChart { Bars.Count: 3 });
    }

    [Fact]
    public void No_grade_or_other_word_is_broken_across_lines_in_the_pdf_pack()
    {
        var engine = Engine(new PerformanceOptions());
        var reports = new[]
        {
            PackReport.ToReport(PackReport.Build(engine, Boroughs[0], Period, [new ComplianceRow("First contact", OrgLevel.Borough, "E09000001", "Ashford Vale", Month, 40, 36, 0.9, 0.78, 0.96, 0.9)]), "today"),
            PackReport.ToReport(PackReport.Build(engine, Force, Period, []), "today"),
            PackReport.Overview(engine, OrgLevel.Borough, Period, "today"),
        };

        foreach (var report in reports)
        {
            using var stream = new MemoryStream();
            PdfReportWriter.Write(report, stream);
            using var pdf = PdfDocument.Open(stream.ToArray());
            var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();

            foreach (var whole in new[] { "Meeting", "Exceeding", "Failing", "graded", "significant", "insufficient", "interval", "Effective", "earlier" })
                Assert.DoesNotContain(words, w => w.Length >= 3 && w.Length < whole.Length && whole.StartsWith(w, StringComparison.Ordinal));
            var grades = report.Sections.SelectMany(s => s.Blocks).OfType<Table>().SelectMany(t => t.Rows).Select(r => r[^1])
                .Count(c => c is "Meeting" or "Exceeding" or "Failing");
            Assert.True(words.Count(w => w is "Meeting" or "Exceeding" or "Failing") >= grades, $"{report.Title}: every grade whole");
        }
    }

    [Fact]
    public void The_csv_gives_the_interval_of_the_change_on_a_year_earlier_after_the_older_columns()
    {
        var result = Engine(new PerformanceOptions()).Results(OrgLevel.Borough, Period).First(r => r.Unit.Id == 1 && r.Indicator.IsHeadline);

        var row = PackCsv.Row(result);

        Assert.Equal(["peers_left_out", "diff_vs_prior_low", "diff_vs_prior_high"], PackCsv.Columns[^3..]);
        Assert.Equal(result.VersusPrior!.Low, double.Parse(row[^2], System.Globalization.CultureInfo.InvariantCulture), 6);
        Assert.Equal(result.VersusPrior.High, double.Parse(row[^1], System.Globalization.CultureInfo.InvariantCulture), 6);
        Assert.True(result.VersusPrior.High < 0);
    }

    private static IEnumerable<string> AllText(Report report) => report.Sections.SelectMany(s => s.Blocks).SelectMany(IEnumerable<string> (b) => b switch
    {
        Paragraph p => [p.Text],
        Table t => [t.Caption, .. t.Headers, .. t.Rows.SelectMany(r => r)],
        Chart c => [c.Spec.Title, c.Spec.AltText, c.Spec.XAxisTitle, c.Spec.YAxisTitle, .. c.Spec.ToDataTable().Headers],
        _ => Array.Empty<string>(),
    }).Append(report.Title).Append(report.Subtitle ?? "");

    /// <summary>
    /// Three boroughs of 600 public survey respondents each over two years: Ashford Vale down from 55% to 40%
    /// (a significant fall, below its peers), Brook Green at 60%, Cole Park at 66%; each answers a component
    /// too. West Yorkshire and Greater Manchester publish figures for the period, West Midlands none.
    /// </summary>
    private static PerformanceEngine Engine(PerformanceOptions options)
    {
        IndicatorDefinition Indicator(int id, string code, string name, string? headline) => new()
        {
            Id = id, Code = code, Name = name, Survey = SurveyKind.Pas, Question = code, PositiveAnswers = "Yes",
            IsHeadline = headline is null, HeadlineCode = headline,
        };
        var wards = Boroughs.Select(b => new PackUnit(OrgLevel.Ward, b.Id, $"E0500000{b.Id}", $"{b.Name} Central", b.Id)).ToArray();
        var rates = new Dictionary<int, (double Now, double Before)> { [1] = (0.40, 0.55), [2] = (0.60, 0.60), [3] = (0.66, 0.64) };
        var headline = new List<Observation>();
        var component = new List<Observation>();
        var respondent = 0;
        foreach (var borough in Boroughs)
        {
            for (var i = 0; i < 600; i++)
            {
                var monthsBack = i % 24;
                var rate = monthsBack < 12 ? rates[borough.Id].Now : rates[borough.Id].Before;
                // Spread the positives evenly through each month's answers.
                var positive = (i / 24 * 37 % 100) < rate * 100;
                var date = Month.AddMonths(-monthsBack).AddDays(14);
                headline.Add(new Observation(date, borough.Id, borough.Id, 1, positive, respondent));
                component.Add(new Observation(date, borough.Id, borough.Id, 1, positive || i % 3 == 0, respondent));
                respondent++;
            }
        }

        PublishedIndicator Published(string force, int n, double estimate) => new()
        {
            Indicator = "pas-confidence", UnitType = OrgLevel.Force, UnitCode = force, N = n, Estimate = estimate,
            PeriodStart = Period.Start, PeriodEnd = Period.End,
        };
        var data = new SurveyData
        {
            Force = Force, Areas = [Area], Boroughs = Boroughs, Wards = wards,
            PeerForces =
            [
                new PeerForce { Id = 1, Code = "MPS", Name = "Metropolitan Police Service", IsHomeForce = true },
                new PeerForce { Id = 2, Code = "WYP", Name = "West Yorkshire Police" },
                new PeerForce { Id = 3, Code = "WMP", Name = "West Midlands Police" },
                new PeerForce { Id = 4, Code = "GMP", Name = "Greater Manchester Police" },
            ],
            Indicators = [Indicator(1, "pas-confidence", "Confident the police do a good job", null), Indicator(2, "pas-good-job", "Police do a good job locally", "pas-confidence")],
            Observations = new Dictionary<int, Observation[]> { [1] = [.. headline], [2] = [.. component] },
            Respondents = Enumerable.Range(0, respondent).Select(i => new RespondentProfile($"r{i}", null, i % 2 == 0 ? "Female" : "Male", null, null, null, null)).ToList(),
            Published = [Published("WYP", 1200, 0.62), Published("GMP", 1500, 0.70)],
            Targets = [], From = Month.AddMonths(-23), To = Month.AddDays(14),
        };
        return new PerformanceEngine(data, options);
    }
}
