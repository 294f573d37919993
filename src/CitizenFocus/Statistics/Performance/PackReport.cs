using System.Globalization;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Reporting;
using Limits = CitizenFocus.Reporting.FunnelLimits;

namespace CitizenFocus.Statistics.Performance;

/// <summary>A headline measure in a unit's pack, with everything that explains it.</summary>
public sealed record HeadlineView(
    IndicatorResult Result,
    IReadOnlyList<(PackPeriod Period, ProportionEstimate? Estimate, double NEff)> Trend,
    IReadOnlyList<IndicatorResult> Components,
    IReadOnlyList<IndicatorResult> League,
    FunnelView? Funnel,
    IReadOnlyList<EqualityRow> Equality,
    KeyDriverAnalysis? Drivers,
    TargetView? Target);

/// <summary>One unit's monthly pack: the scorecard, each headline with its diagnostics, and compliance with the service standards.</summary>
public sealed record PackView(PackUnit Unit, PackPeriod Period, IReadOnlyList<IndicatorResult> Scorecard,
    IReadOnlyList<HeadlineView> Headlines, IReadOnlyList<ComplianceRow> Compliance, PerformanceOptions Options)
{
    public HeadlineView? Headline(string code) =>
        Headlines.FirstOrDefault(h => string.Equals(h.Result.Indicator.Code, code, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Builds the monthly performance pack for a unit, or the overview of every unit at a level, as a
/// <see cref="Report"/> that the PDF and HTML writers and the web page all render the same way.
/// Every chart carries its data table.
/// </summary>
public static class PackReport
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static PackView Build(PerformanceEngine engine, PackUnit unit, PackPeriod period, IReadOnlyList<ComplianceRow> compliance)
    {
        var scorecard = engine.Data.Indicators.Select(i => engine.Results(unit.Level, i, period).Single(r => r.Unit.Id == unit.Id)).ToList();
        var headlines = new List<HeadlineView>();
        foreach (var result in scorecard.Where(r => r.Indicator.IsHeadline))
        {
            var indicator = result.Indicator;
            var siblings = engine.Results(unit.Level, indicator, period)
                .Where(r => unit.Level != OrgLevel.Ward || r.Unit.ParentId == unit.ParentId).ToList();
            headlines.Add(new HeadlineView(result,
                engine.Trend(unit, indicator, period, 12),
                scorecard.Where(r => r.Indicator.HeadlineCode == indicator.Code).ToList(),
                siblings,
                unit.Level == OrgLevel.Force ? null : engine.Funnel(unit.Level, indicator, period, unit.Level == OrgLevel.Ward ? unit.ParentId : null),
                engine.Equality(unit, indicator, period),
                engine.Drivers(unit, indicator, period),
                engine.Target(unit, indicator, result)));
        }
        return new PackView(unit, period, scorecard, headlines, compliance, engine.Options);
    }

    /// <summary>The whole pack for one unit.</summary>
    public static Report ToReport(PackView pack, string generatedAt)
    {
        var sections = new List<ReportSection>
        {
            new("Scorecard", [Scorecard(pack.Scorecard), .. NotGradedNote(pack.Scorecard), Paragraph(GradeExplanation), Paragraph(DesignEffectNote(pack.Options))]),
        };
        foreach (var h in pack.Headlines)
            sections.AddRange(HeadlineSections(pack, h));
        sections.Add(ComplianceSection(pack));
        return new Report($"Performance pack: {pack.Unit.Name}", $"{LevelWord(pack.Unit.Level)} · {pack.Period.Label}", generatedAt, sections);
    }

    /// <summary>Every unit of a level: their grades on each headline, the league tables and funnel plots.</summary>
    public static Report Overview(PerformanceEngine engine, OrgLevel level, PackPeriod period, string generatedAt)
    {
        var sections = new List<ReportSection>();
        var units = engine.Data.UnitsAt(level);
        foreach (var indicator in engine.Data.Indicators.Where(i => i.IsHeadline))
        {
            var results = engine.Results(level, indicator, period);
            var blocks = new List<ReportBlock> { Paragraph($"{indicator.Name}, {LevelWord(level).ToLowerInvariant()} by {LevelWord(level).ToLowerInvariant()}, {period.Label}.") };
            blocks.Add(ResultsTable($"{indicator.Name} by {LevelWord(level).ToLowerInvariant()}", results, byUnit: true));
            blocks.AddRange(NotGradedNote(results, byUnit: true));
            if (results.Count(r => r.Estimate is not null) is > 0 and <= 60)
                blocks.Add(new Chart(League(indicator, results, null)));
            if (level != OrgLevel.Force && engine.Funnel(level, indicator, period) is { } funnel)
                blocks.Add(new Chart(Funnel(funnel, level)));
            sections.Add(new ReportSection(indicator.Name, blocks));
        }
        sections.Add(new ReportSection("How to read this pack", [Paragraph(GradeExplanation), Paragraph(DesignEffectNote(engine.Options))]));
        return new Report($"Performance pack: every {LevelWord(level).ToLowerInvariant()}", $"{units.Count} units · {period.Label}", generatedAt, sections);
    }

    public const string GradeExplanation =
        "Grades follow HMIC, both ways: a figure is better when it is significantly better than the peer average or than a year earlier, "
        + "and worse when it is significantly worse than either. Exceeding means better and not worse; failing means worse and not better; "
        + "meeting otherwise. The peer average includes the unit itself, and the difference from it allows for that. "
        + "Differences count only when significant at 95% (their interval excludes zero). Without a peer figure there is no grade, "
        + "and the pack says why. Figures cover the rolling 12 months. Where the effective sample is under 50 no figure is given.";

    /// <summary>The design effects the effective samples were divided by, as every pack states them.</summary>
    public static string DesignEffectNote(PerformanceOptions options) =>
        "Effective samples allow for the survey weights and for each survey's design. Design effects used: "
        + $"public attitude survey {Factor(options.PasDesignEffect)}, user satisfaction survey {Factor(options.UssDesignEffect)} "
        + "(published figures of the same survey, including other forces', are divided by the same design effect).";

    private static string Factor(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);

    public static IEnumerable<ReportSection> HeadlineSections(PackView pack, HeadlineView h)
    {
        var indicator = h.Result.Indicator;
        var blocks = new List<ReportBlock> { Paragraph(Summary(h.Result)) };
        blocks.Add(new Chart(Trend(pack.Unit, h)));
        if (h.Target is { } target)
            blocks.Add(Paragraph($"Target: {Pct(target.Trajectory.ExpectedAt(pack.Period.Month))} expected by {pack.Period.Month.ToString("MMMM yyyy", EnGb)} on the way to "
                + $"{Pct(target.Points.Last().Value)} by {target.Points.Last().Date.ToString("MMMM yyyy", EnGb)}. "
                + (target.Status switch
                {
                    TrackStatus.Ahead => "Ahead of the trajectory: even the bottom of the interval is above it.",
                    TrackStatus.OffTrack => "Off track: even the top of the interval is below the trajectory.",
                    TrackStatus.OnTrack => "On track: the interval includes the trajectory.",
                    _ => "No figure this month to judge.",
                })));
        yield return new ReportSection(indicator.Name, blocks);

        var peers = new List<ReportBlock>();
        if (h.League.Count(r => r.Estimate is not null) > 0)
            peers.Add(new Chart(League(indicator, h.League, pack.Unit)));
        if (h.Funnel is { } funnel) peers.Add(new Chart(Funnel(funnel, pack.Unit.Level)));
        if (peers.Count > 0) yield return new ReportSection($"{indicator.Name}: compared with other {Plural(pack.Unit.Level)}", peers);

        yield return new ReportSection($"{indicator.Name}: what explains it", DriverBlocks(h));
        yield return new ReportSection($"{indicator.Name}: equality", EqualityBlocks(h));
    }

    public static IReadOnlyList<ReportBlock> DriverBlocks(HeadlineView h)
    {
        var blocks = new List<ReportBlock>();
        if (h.Components.Count > 0)
        {
            blocks.Add(ResultsTable("Component measures", h.Components, byUnit: false));
            blocks.AddRange(NotGradedNote(h.Components));
        }
        if (h.Drivers is { Status: LogisticFitStatus.Converged } d && d.Drivers.Count > 0)
        {
            blocks.Add(Paragraph($"Key-driver analysis: a weighted logistic regression of the headline answer on the component answers of {d.Respondents:N0} respondents "
                + $"(effective sample {d.EffectiveN:N0}; {d.Excluded:N0} left out for a missing answer). Importance is each component's share of the standardised effects."));
            blocks.Add(new Chart(new HorizontalBarChart
            {
                Title = "Relative importance of each component", XAxisTitle = "Share of importance (%)", YAxisTitle = "Component",
                AltText = "Key drivers, most important first: " + string.Join("; ", d.Drivers.Select(x => $"{x.Component} {x.Importance * 100:0}%")),
                Bars = d.Drivers.Select(x => new BarItem(x.Component, x.Importance * 100)).ToList(), Order = BarOrder.Descending,
            }));
            blocks.Add(new Table("Key drivers", ["Component", "Share positive", "Odds ratio", "p-value", "Importance"],
                d.Drivers.Select(x => (IReadOnlyList<string>)[x.Component, Pct(x.SharePositive), x.OddsRatio.ToString("0.00", CultureInfo.InvariantCulture),
                    PValue(x.PValue), Pct(x.Importance)]).ToList(), [false, true, true, true, true]));
        }
        else
        {
            blocks.Add(Paragraph(h.Drivers is null ? "Too few respondents answered the component questions for a key-driver analysis."
                : $"The key-driver model could not be fitted ({h.Drivers.Status.ToString().ToLowerInvariant()}); the component figures above still apply."));
        }
        return blocks;
    }

    public static IReadOnlyList<ReportBlock> EqualityBlocks(HeadlineView h)
    {
        var rows = h.Equality;
        if (rows.Count == 0) return [Paragraph("No characteristics were collected for these respondents.")];
        var measured = rows.Where(r => r.Gap.Outcome == GapOutcome.Measured).ToList();
        var blocks = new List<ReportBlock>
        {
            Paragraph($"Each group against everyone else who gave that characteristic. {measured.Count(r => r.Gap.Significant)} of {measured.Count} measurable gaps are significant; "
                + $"{rows.Count - measured.Count} groups are too small to measure."),
        };
        if (measured.Count > 0)
            blocks.Add(new Chart(new HorizontalBarChart
            {
                Title = "Gap against the rest (percentage points)", XAxisTitle = "Gap (points)", YAxisTitle = "Group",
                AltText = "Equality gaps: " + string.Join("; ", measured.Select(r => $"{r.Category} {r.Gap.Gap!.Difference * 100:+0.0;-0.0} points{(r.Gap.Significant ? " (significant)" : "")}")),
                Bars = measured.Select(r => new BarItem($"{r.Characteristic}: {r.Category}", r.Gap.Gap!.Difference * 100, r.Gap.Gap.Low * 100, r.Gap.Gap.High * 100)).ToList(),
            }));
        blocks.Add(new Table("Equality gaps", ["Characteristic", "Group", "Group share", "Rest share", "Gap (points)", "95% interval", "Significant"],
            rows.Select(r => (IReadOnlyList<string>)[r.Characteristic, r.Category,
                r.Gap.Group is { } g && r.Gap.Outcome == GapOutcome.Measured ? Pct(g.Estimate) : "insufficient sample",
                r.Gap.Rest is { } rest && r.Gap.Outcome == GapOutcome.Measured ? Pct(rest.Estimate) : "",
                r.Gap.Gap is { } gap ? Points(gap.Difference) : "", r.Gap.Gap is { } i ? $"{Points(i.Low)} to {Points(i.High)}" : "",
                r.Gap.Outcome == GapOutcome.Measured ? (r.Gap.Significant ? "Yes" : "No") : ""]).ToList(),
            [false, false, true, true, true, false, false]));
        return blocks;
    }

    public static ReportSection ComplianceSection(PackView pack)
    {
        if (pack.Compliance.Count == 0)
            return new ReportSection("Service standards", [Paragraph("No decided cases against the service standards in these months.")]);
        var rows = pack.Compliance.GroupBy(c => c.StandardCode).Select(g =>
        {
            var decided = g.Sum(c => c.Decided);
            var met = g.Sum(c => c.Met);
            var interval = ProportionInterval.Wilson(met, decided);
            return (IReadOnlyList<string>)[g.Key, decided.ToString("N0", EnGb), met.ToString("N0", EnGb), Pct(interval?.Estimate),
                interval is null ? "" : $"{Pct(interval.Low)} to {Pct(interval.High)}", Pct(g.First().TargetShare)];
        }).ToList();
        return new ReportSection("Service standards", [
            Paragraph($"Operational compliance in {pack.Unit.Name} over the same 12 months, beside the survey measures."),
            new Table("Compliance with the service standards", ["Standard", "Decided", "Met", "Share met", "95% interval", "Target"], rows,
                [false, true, true, true, false, true]),
        ]);
    }

    public static Table Scorecard(IReadOnlyList<IndicatorResult> results) => ResultsTable("Scorecard", results, byUnit: false);

    private static Table ResultsTable(string caption, IReadOnlyList<IndicatorResult> results, bool byUnit) => new(caption,
        [byUnit ? "Unit" : "Indicator", "Estimate", "95% interval", "Effective sample", "Peer average", "Against peers", "A year earlier", "Trend", "Grade"],
        results.Select(r => (IReadOnlyList<string>)[byUnit ? r.Unit.Name : r.Indicator.Name,
            r.Insufficient ? "insufficient sample" : Pct(r.Estimate!.Estimate),
            r.Estimate is { } e ? $"{Pct(e.Low)} to {Pct(e.High)}" : "",
            r.NEff > 0 ? r.NEff.ToString("N0", EnGb) : "0",
            Pct(r.PeerEstimate), Versus(r.VersusPeer), Pct(r.PriorEstimate), Versus(r.VersusPrior), GradeWord(r.Grade)]).ToList(),
        [false, true, false, true, true, false, true, false, false]);

    private static TrendChart Trend(PackUnit unit, HeadlineView h) => new()
    {
        Title = "Month by month (rolling 12 months)", XAxisTitle = "Month", YAxisTitle = "Share positive (%)",
        AltText = $"{h.Result.Indicator.Name} in {unit.Name} month by month over the last year: "
            + string.Join("; ", h.Trend.Select(t => $"{t.Period.Month.ToString("MMM yyyy", EnGb)} {(t.Estimate is { } e ? Pct(e.Estimate) : "no figure")}")),
        Months = h.Trend.Select(t => t.Period.Month.ToString("MMM yyyy", EnGb)).ToList(),
        Series = [new TrendSeries(unit.Name, h.Trend.Select(t => t.Estimate?.Estimate * 100).ToList(),
            h.Trend.Select(t => t.Estimate?.Low * 100).ToList(), h.Trend.Select(t => t.Estimate?.High * 100).ToList())],
        Target = h.Target is { } target ? target.Trajectory.ExpectedAt(h.Result.Period.Month) * 100 : null,
        TargetLabel = "Trajectory this month",
    };

    private static BarChart League(IndicatorDefinition indicator, IReadOnlyList<IndicatorResult> results, PackUnit? highlight)
    {
        var shown = results.Where(r => r.Estimate is not null).ToList();
        var mean = shown.Count > 0 ? shown.Average(r => r.Estimate!.Estimate) * 100 : (double?)null;
        return new BarChart
        {
            Title = $"League table: {indicator.Name}", XAxisTitle = "Unit", YAxisTitle = "Share positive (%)",
            AltText = $"{indicator.Name}, highest first: " + string.Join("; ", shown.OrderByDescending(r => r.Estimate!.Estimate)
                .Select(r => $"{r.Unit.Name} {Pct(r.Estimate!.Estimate)}{(highlight?.Id == r.Unit.Id ? " (this unit)" : "")}")),
            Bars = shown.Select(r => new BarItem(r.Unit.Name, r.Estimate!.Estimate * 100, r.Estimate.Low * 100, r.Estimate.High * 100)).ToList(),
            Order = BarOrder.Descending, ReferenceLine = mean, ReferenceLabel = "Mean of units",
            ValueAxis = new AxisRange(0, 100),
        };
    }

    private static Reporting.FunnelPlot Funnel(FunnelView funnel, OrgLevel level) => new()
    {
        Title = $"Funnel plot: {funnel.Indicator.Name} against the force", XAxisTitle = "Effective sample size", YAxisTitle = "Share positive (%)",
        AltText = $"{Plural(level)} plotted against their effective sample size with 95% and 99.8% limits around the force figure of {Pct(funnel.Centre)}. "
            + $"{funnel.Units.Count(u => u.Position is FunnelPosition.AboveUpper998 or FunnelPosition.BelowLower998)} lie beyond the 99.8% limits.",
        Points = funnel.Units.Select(u => new FunnelPoint(u.Unit.Name, u.NEff, u.Estimate * 100)).ToList(),
        Centre = funnel.Centre * 100, CentreLabel = "Force", PointsLabel = Plural(level),
        Limits = new Limits(
            funnel.Curve.Select(c => new CurvePoint(c.N, c.Lower95 * 100)).ToList(),
            funnel.Curve.Select(c => new CurvePoint(c.N, c.Upper95 * 100)).ToList(),
            funnel.Curve.Select(c => new CurvePoint(c.N, c.Lower998 * 100)).ToList(),
            funnel.Curve.Select(c => new CurvePoint(c.N, c.Upper998 * 100)).ToList()),
    };

    public static string Summary(IndicatorResult r)
    {
        if (r.Insufficient) return $"{r.Indicator.Name}: the sample is too small for a figure (effective sample {r.NEff:N0}).";
        var text = $"{r.Indicator.Name}: {Pct(r.Estimate!.Estimate)} (95% interval {Pct(r.Estimate.Low)} to {Pct(r.Estimate.High)}).";
        if (r.VersusPeer is { } p)
            text += $" Peer average {Pct(r.PeerEstimate)}: {Points(p.Difference)} points, {(p.Significant ? "significant" : "not significant")}.";
        if (r.VersusPrior is { } y)
            text += $" A year earlier {Pct(r.PriorEstimate)}: {Points(y.Difference)} points, {(y.Significant ? "significant" : "not significant")}.";
        if (r.Grade is { } g) text += $" Grade: {GradeWord(g)}.";
        else if (NotGradedText(r) is { } why) text += $" Not graded: {why}.";
        return text;
    }

    /// <summary>
    /// Under a table of results, why the figures that have an estimate carry no grade: one sentence when
    /// they share a reason (as a level's units do), else one per unit or indicator. Nothing when all are graded.
    /// </summary>
    public static IReadOnlyList<ReportBlock> NotGradedNote(IReadOnlyList<IndicatorResult> results, bool byUnit = false)
    {
        var ungraded = results.Where(r => r.Grade is null && !r.Insufficient && NotGradedText(r) is not null).ToList();
        if (ungraded.Count == 0) return [];
        var reasons = ungraded.Select(r => NotGradedText(r)!).Distinct().ToList();
        return [Paragraph(reasons.Count == 1 ? $"Not graded: {reasons[0]}."
            : "Not graded: " + string.Join("; ", ungraded.Select(r => $"{(byUnit ? r.Unit.Name : r.Indicator.Name)}, {NotGradedText(r)}")) + ".")];
    }

    /// <summary>Why a figure has no grade, in plain words; null when it has one.</summary>
    public static string? NotGradedText(IndicatorResult r) => r.NotGraded switch
    {
        NotGradedReason.InsufficientSample => "the sample is too small for a figure",
        NotGradedReason.NoPeerForceFigures => "no similar force has a published figure for this period, and the force is not compared with itself",
        NotGradedReason.NoOtherUnit => $"no other {LevelWord(r.Unit.Level).ToLowerInvariant()} has a large enough sample to compare with, "
            + $"and {(r.Unit.Level == OrgLevel.Area ? "an" : "a")} {LevelWord(r.Unit.Level).ToLowerInvariant()} is not compared with itself",
        _ => null,
    };

    public static string GradeWord(Grade? grade) => grade switch
    {
        Grade.Exceeding => "Exceeding",
        Grade.Failing => "Failing",
        Grade.Meeting => "Meeting",
        _ => "Not graded",
    };

    public static string LevelWord(OrgLevel level) => level switch
    {
        OrgLevel.Force => "Force", OrgLevel.Area => "Area", OrgLevel.Borough => "Borough", _ => "Ward",
    };

    public static string Plural(OrgLevel level) => level switch
    {
        OrgLevel.Force => "forces", OrgLevel.Area => "areas", OrgLevel.Borough => "boroughs", _ => "wards",
    };

    public static string Pct(double? v) => v is { } x ? (x * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "";

    public static string Points(double v) => (v * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    private static string Versus(DifferenceEstimate? d) => d is null ? "" : $"{Points(d.Difference)} ({(d.Significant ? "significant" : "not significant")})";

    private static string PValue(double p) => p < 0.001 ? "<0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    private static Paragraph Paragraph(string text) => new(text);
}
