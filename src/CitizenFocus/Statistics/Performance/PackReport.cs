using System.Globalization;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Reporting;
using Limits = CitizenFocus.Reporting.FunnelLimits;

namespace CitizenFocus.Statistics.Performance;

/// <summary>
/// A headline measure in a unit's pack, with everything that explains it. <see cref="League"/> is the
/// unit's level (the force alone at force level); <see cref="PeerForces"/> the Most Similar Forces'
/// published figures for the force's pack and <see cref="PeerForcesWithoutFigure"/> the names of those
/// with none for the period, both empty for other units.
/// </summary>
public sealed record HeadlineView(
    IndicatorResult Result,
    IReadOnlyList<(PackPeriod Period, ProportionEstimate? Estimate, double NEff)> Trend,
    IReadOnlyList<IndicatorResult> Components,
    IReadOnlyList<IndicatorResult> League,
    IReadOnlyList<PeerForceFigure> PeerForces,
    IReadOnlyList<string> PeerForcesWithoutFigure,
    FunnelView? Funnel,
    IReadOnlyList<EqualityRow> Equality,
    KeyDriverAnalysis? Drivers,
    TargetView? Target);

/// <summary>One unit's monthly pack: the scorecard, each headline with its diagnostics, and compliance with the service standards.</summary>
public sealed record PackView(PackUnit Unit, PackPeriod Period, IReadOnlyList<IndicatorResult> Scorecard,
    IReadOnlyList<HeadlineView> Headlines, IReadOnlyList<ComplianceRow> Compliance, PerformanceOptions Options, IReadOnlyList<string> PeerNotes)
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
            var peerForces = unit.Level == OrgLevel.Force ? engine.PeerForceFigures(indicator, period) : [];
            headlines.Add(new HeadlineView(result,
                engine.Trend(unit, indicator, period, 12),
                scorecard.Where(r => r.Indicator.HeadlineCode == indicator.Code).ToList(),
                siblings,
                peerForces,
                unit.Level == OrgLevel.Force ? WithoutFigure(engine, peerForces) : [],
                unit.Level == OrgLevel.Force ? null : engine.Funnel(unit.Level, indicator, period, unit.Level == OrgLevel.Ward ? unit.ParentId : null),
                engine.Equality(unit, indicator, period),
                engine.Drivers(unit, indicator, period),
                engine.Target(unit, indicator, result)));
        }
        return new PackView(unit, period, scorecard, headlines, compliance, engine.Options,
            [PeerGroupText(engine, unit), .. LeftOutText(engine, unit.Level, scorecard)]);
    }

    /// <summary>Who the unit is compared with and how they were chosen, by name, in one sentence.</summary>
    public static string PeerGroupText(PerformanceEngine engine, PackUnit unit)
    {
        var group = engine.GroupOf(unit);
        var names = NamesOf(engine, unit.Level, group.Peers);
        var list = names.Count == 0 ? "none" : string.Join(", ", names);
        return group.Basis switch
        {
            PeerGroups.PeerBasis.MostSimilarForces => $"Peer group: the force's Most Similar Forces ({list}), with the force itself in the average.",
            PeerGroups.PeerBasis.MostSimilar => $"Peer group: {Count(names.Count, unit.Level)} most like {unit.Name} in census profile "
                + $"(age, sex, ethnicity, religion and disability of residents): {list}, with {unit.Name} itself in the average.",
            PeerGroups.PeerBasis.AnalystChoice => $"Peer group, chosen by an analyst ({group.SetBy}, {group.SetAt:d MMMM yyyy}) because \"{group.Reason}\": "
                + $"{list}, with {unit.Name} itself in the average.",
            _ => $"Peer group: every other {LevelWord(unit.Level).ToLowerInvariant()} ({list}), with {unit.Name} itself in the average.",
        };
    }

    /// <summary>The names of units (or peer forces) of a level, from their codes, in the order given.</summary>
    public static IReadOnlyList<string> NamesOf(PerformanceEngine engine, OrgLevel level, IEnumerable<string> codes) =>
        codes.Select(c => level == OrgLevel.Force
                ? engine.Data.PeerForces.FirstOrDefault(f => string.Equals(f.Code, c, StringComparison.OrdinalIgnoreCase))?.Name
                    ?? (string.Equals(engine.Data.Force.Code, c, StringComparison.OrdinalIgnoreCase) ? engine.Data.Force.Name : c)
                : engine.Data.Find(level, c)?.Name ?? c)
            .ToList();

    /// <summary>The whole pack for one unit.</summary>
    public static Report ToReport(PackView pack, string generatedAt)
    {
        var sections = new List<ReportSection>
        {
            new("Scorecard", [Scorecard(pack.Scorecard, pack.Options), .. NotGradedNote(pack.Scorecard), .. pack.PeerNotes.Select(Paragraph),
                Paragraph(GradeExplanation(pack.Options)), Paragraph(DesignEffectNote(pack.Options))]),
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
            blocks.Add(ResultsTable($"{indicator.Name} by {LevelWord(level).ToLowerInvariant()}", results, engine.Options, byUnit: true));
            blocks.AddRange(NotGradedNote(results, byUnit: true));
            if (level == OrgLevel.Force)
            {
                var peerForces = engine.PeerForceFigures(indicator, period);
                blocks.AddRange(results.Where(r => r.Estimate is not null).Select(r => new Chart(ForceLeague(r, peerForces, WithoutFigure(engine, peerForces)))));
            }
            else if (results.Count(r => r.Estimate is not null) is > 0 and <= 60)
                blocks.Add(new Chart(League(indicator, results, null)));
            if (level != OrgLevel.Force && engine.Funnel(level, indicator, period) is { } funnel)
                blocks.Add(new Chart(Funnel(funnel, level)));
            sections.Add(new ReportSection(indicator.Name, blocks));
        }
        sections.Add(new ReportSection("How to read this pack", [Paragraph(GradeExplanation(engine.Options)), Paragraph(DesignEffectNote(engine.Options))]));
        return new Report($"Performance pack: every {LevelWord(level).ToLowerInvariant()}", $"{units.Count} units · {period.Label}", generatedAt, sections);
    }

    /// <summary>How a grade is reached, in the words of the options the figures were computed with: confidence, window and minimum sample.</summary>
    public static string GradeExplanation(PerformanceOptions options) =>
        "Grades follow HMIC, both ways: a figure is better when it is significantly better than the peer average or than a year earlier, "
        + "and worse when it is significantly worse than either. Exceeding means better and not worse; failing means worse and not better; "
        + "meeting otherwise. The peer average "
        + (options.PeerAverageIncludesUnit ? "includes the unit itself, and the difference from it allows for that. " : "is of the other units alone. ")
        + $"Differences are in percentage points, each with its {Percent(options.Confidence)} interval, and count only when significant at "
        + $"{Percent(options.Confidence)} (their interval excludes zero). Without a peer figure there is no grade, and the pack says why. "
        + (options.WindowMonths == 1 ? "Each figure covers one month. " : $"Each figure covers the rolling {options.WindowMonths} months to its month. ")
        + $"Where the effective sample is under {options.MinimumEffectiveSample.ToString("#,0.##", EnGb)} no figure is given.";

    /// <summary>The heading of a column of intervals at the options' confidence level, such as "95% interval".</summary>
    public static string IntervalHeader(PerformanceOptions options) => IntervalWords(options.Confidence);

    private static string IntervalWords(double confidence) => $"{Percent(confidence)} interval";

    /// <summary>The design effects the effective samples were divided by, as every pack states them.</summary>
    public static string DesignEffectNote(PerformanceOptions options) =>
        "Effective samples allow for the survey weights and for each survey's design. Design effects used: "
        + $"public attitude survey {Factor(options.PasDesignEffect)}, user satisfaction survey {Factor(options.UssDesignEffect)} "
        + "(published figures of the same survey, including other forces', are divided by the same design effect).";

    private static string Factor(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);

    public static IEnumerable<ReportSection> HeadlineSections(PackView pack, HeadlineView h)
    {
        var indicator = h.Result.Indicator;
        var blocks = new List<ReportBlock> { Paragraph(Summary(h.Result, pack.Options)) };
        blocks.Add(new Chart(Trend(pack.Unit, h, pack.Options)));
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
        if (pack.Unit.Level == OrgLevel.Force)
        {
            if (h.Result.Estimate is not null)
                peers.Add(new Chart(ForceLeague(h.Result, h.PeerForces, h.PeerForcesWithoutFigure)));
        }
        else if (h.League.Count(r => r.Estimate is not null) > 0)
            peers.Add(new Chart(League(indicator, h.League, pack.Unit)));
        if (h.Funnel is { } funnel) peers.Add(new Chart(Funnel(funnel, pack.Unit.Level)));
        if (peers.Count > 0) yield return new ReportSection($"{indicator.Name}: compared with other {Plural(pack.Unit.Level)}", peers);

        yield return new ReportSection($"{indicator.Name}: what explains it", DriverBlocks(h, pack.Options));
        yield return new ReportSection($"{indicator.Name}: equality", EqualityBlocks(h));
    }

    /// <summary>
    /// The headline's component measures and its key-driver analysis. Importance (chart and column) is shown
    /// only when the likelihood-ratio test says the components together explain the headline; otherwise the
    /// pack says that no component explains it at this sample size, with the test, and gives the odds ratios
    /// with their intervals. Below the minimum effective sample it gives only the respondents and effective
    /// samples, never an estimate.
    /// </summary>
    public static IReadOnlyList<ReportBlock> DriverBlocks(HeadlineView h, PerformanceOptions options)
    {
        var blocks = new List<ReportBlock>();
        if (h.Components.Count > 0)
        {
            blocks.Add(ResultsTable("Component measures", h.Components, options, byUnit: false));
            blocks.AddRange(NotGradedNote(h.Components));
        }
        var d = h.Drivers;
        if (d is null)
        {
            blocks.Add(Paragraph("This measure has no component questions, so there is no key-driver analysis."));
            return blocks;
        }
        switch (d.Outcome)
        {
            case KeyDriverOutcome.InsufficientSample:
                blocks.Add(Paragraph($"Key drivers: insufficient sample. {d.Respondents:N0} respondents answered the headline and every component question "
                    + $"(effective sample {d.EffectiveN:N0}; {d.HeadlineEffectiveN:N0} for the headline alone), and a key-driver analysis needs an effective sample "
                    + $"of at least {d.MinimumEffectiveN:N0} for both. No key-driver figures are given."));
                return blocks;
            case KeyDriverOutcome.NotFitted:
                blocks.Add(Paragraph($"Key drivers: the model could not be fitted because {NotFittedReason(d.Status)}. The component figures above still apply."));
                return blocks;
        }

        var method = $"Key-driver analysis: a weighted logistic regression of the headline answer on the component answers of {d.Respondents:N0} respondents "
            + $"(effective sample {d.EffectiveN:N0}; {d.Excluded:N0} left out for a missing answer). An odds ratio above 1 means that a positive answer "
            + "to the component goes with higher odds of a positive headline answer, the other components held fixed.";
        var test = $"likelihood-ratio test against a model without the components: chi-square {Statistic(d.LikelihoodRatio)} on {d.DegreesOfFreedom} "
            + $"degree{(d.DegreesOfFreedom == 1 ? "" : "s")} of freedom, p {PValueWords(d.ModelPValue)}";
        var explained = d.Outcome == KeyDriverOutcome.Explained;
        if (explained)
        {
            blocks.Add(Paragraph($"{method} Together the components explain the headline ({test}). "
                + "Importance is each component's share of the standardised effects."));
            blocks.Add(new Chart(new HorizontalBarChart
            {
                Title = "Relative importance of each component", XAxisTitle = "Share of importance (%)", YAxisTitle = "Component",
                AltText = "Key drivers, most important first: " + string.Join("; ", d.Drivers.Select(x => $"{x.Component} {x.Importance * 100:0}%")),
                Bars = d.Drivers.Select(x => new BarItem(x.Component, x.Importance * 100)).ToList(), Order = BarOrder.Descending,
            }));
        }
        else
        {
            blocks.Add(Paragraph($"{method} No component explains the variation in the headline at this sample size: the model with the components "
                + $"fits no better than one without them ({test}), so no importance is given."));
        }
        var oddsRatio = $"Odds ratio ({IntervalWords(1 - d.Alpha)})";
        IReadOnlyList<string> headers = explained
            ? ["Component", "Share positive", oddsRatio, "p-value", "Importance"]
            : ["Component", "Share positive", oddsRatio, "p-value"];
        blocks.Add(new Table("Key drivers", headers,
            d.Drivers.Select(x => (IReadOnlyList<string>)[x.Component, Pct(x.SharePositive), OddsRatio(x), PValue(x.PValue), .. explained ? [Pct(x.Importance)] : Array.Empty<string>()]).ToList(),
            explained ? [false, true, true, true, true] : [false, true, true, true]));
        return blocks;
    }

    /// <summary>
    /// The unit's equality gaps on the headline: one row for a characteristic given in two categories, one per
    /// category otherwise; significance after Holm's adjustment, with a sentence on how many gaps chance alone
    /// would throw up. Groups too small show "insufficient sample" and their effective samples, never a share.
    /// </summary>
    public static IReadOnlyList<ReportBlock> EqualityBlocks(HeadlineView h)
    {
        var rows = h.Equality;
        if (rows.Count == 0) return [Paragraph("No characteristics were collected for these respondents.")];
        var measured = rows.Where(r => r.Gap.Outcome == GapOutcome.Measured).ToList();
        var blocks = new List<ReportBlock> { Paragraph(EqualitySummary(rows)) };
        if (measured.Count > 0)
            blocks.Add(new Chart(new HorizontalBarChart
            {
                Title = "Gap against the rest (percentage points)", XAxisTitle = "Gap (points)", YAxisTitle = "Group",
                AltText = "Equality gaps: " + string.Join("; ", measured.Select(r => $"{GroupLabel(r)} {r.Gap.Gap!.Difference * 100:+0.0;-0.0} points{(r.Significant ? " (significant)" : "")}")),
                Bars = measured.Select(r => new BarItem($"{r.Characteristic}: {GroupLabel(r)}", r.Gap.Gap!.Difference * 100, r.Gap.Gap.Low * 100, r.Gap.Gap.High * 100)).ToList(),
            }));
        blocks.Add(new Table("Equality gaps", ["Characteristic", "Group", "Compared with", "Effective samples", "Group share", "Compared share",
                "Gap (points)", IntervalWords(1 - rows[0].Alpha), "Adjusted p-value", "Significant"],
            rows.Select(r =>
            {
                var shown = r.Gap.Outcome == GapOutcome.Measured;
                return (IReadOnlyList<string>)[r.Characteristic, r.Category, r.Against ?? "Everyone else",
                    $"{Sample(r.Gap.Group)}, {Sample(r.Gap.Rest)}",
                    shown ? Pct(r.Gap.Group!.Estimate) : "insufficient sample",
                    shown ? Pct(r.Gap.Rest!.Estimate) : "",
                    shown ? Points(r.Gap.Gap!.Difference) : "",
                    shown ? $"{Points(r.Gap.Gap!.Low)} to {Points(r.Gap.Gap.High)}" : "",
                    shown && r.AdjustedPValue is { } p ? PValue(p) : "",
                    shown ? (r.Significant ? "Yes" : "No") : ""];
            }).ToList(),
            [false, false, false, true, true, true, true, false, true, false]));
        return blocks;
    }

    /// <summary>
    /// The sentence above the equality table: what each row compares, how many gaps were measured and, since
    /// each test at 5% flags a gap that is not there one time in twenty, how many chance alone would flag
    /// before adjustment and how many remain significant after Holm's.
    /// </summary>
    public static string EqualitySummary(IReadOnlyList<EqualityRow> rows)
    {
        var measured = rows.Where(r => r.Gap.Outcome == GapOutcome.Measured).ToList();
        var level = rows.Count > 0 ? rows[0].Alpha : 0.05;
        var percent = Percent(level);
        var text = "Each group against everyone else who gave that characteristic; where only two groups gave it, one against the other, as a single comparison.";
        var small = rows.Count - measured.Count;
        if (small > 0)
            text += $" {Count(small, "group is", "groups are")} too small to measure (effective sample under the minimum), so no shares are shown for {(small == 1 ? "it" : "them")}.";
        if (measured.Count == 0) return text + " No gap could be measured.";
        if (measured.Count == 1)
            return text + $" One gap was measured and tested at {percent}: it is {(measured[0].Significant ? "" : "not ")}significant (a single test needs no adjustment).";
        var unadjusted = measured.Count(r => r.Gap.PValue < level);
        var significant = measured.Count(r => r.Significant);
        var expected = (measured.Count * level).ToString("0.#", CultureInfo.InvariantCulture);
        return text + $" With {measured.Count:N0} gaps tested at {percent}, about {expected} of them would look significant by chance alone even if there were no real differences; "
            + $"before adjustment, {unadjusted:N0} did. After Holm's adjustment for testing {measured.Count:N0} gaps together, "
            + (significant switch { 0 => "none is", 1 => "1 is", _ => $"{significant:N0} are" }) + $" significant. The {Percent(1 - level)} intervals are for each gap on its own.";
    }

    private static string Percent(double share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string GroupLabel(EqualityRow r) => r.Against is { } other ? $"{r.Category} (against {other})" : r.Category;

    private static string Sample(WeightedProportion? side) => side is null ? "0" : side.EffectiveN.ToString("N0", EnGb);

    private static string Count(int n, string one, string many) => $"{n:N0} {(n == 1 ? one : many)}";

    private static string OddsRatio(KeyDriver x) =>
        $"{Ratio(x.OddsRatio)} ({Ratio(x.OddsRatioLow)} to {Ratio(x.OddsRatioHigh)})";

    private static string Ratio(double v) => v.ToString(v < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    private static string Statistic(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);

    private static string PValueWords(double p) => p < 0.001 ? "< 0.001" : "= " + p.ToString("0.000", CultureInfo.InvariantCulture);

    // Why a converged fit could not be had, in the reader's words.
    private static string NotFittedReason(LogisticFitStatus? status) => status switch
    {
        LogisticFitStatus.Separation => "in this sample some answers go with the headline answer without exception, so their effects cannot be estimated",
        LogisticFitStatus.Singular => "two or more component questions carry the same information here (or everyone gave one the same answer)",
        _ => "the estimates did not settle",
    };

    public static ReportSection ComplianceSection(PackView pack)
    {
        if (pack.Compliance.Count == 0)
            return new ReportSection("Service standards", [Paragraph("No decided cases against the service standards in these months.")]);
        var rows = pack.Compliance.GroupBy(c => c.StandardCode).Select(g =>
        {
            var decided = g.Sum(c => c.Decided);
            var met = g.Sum(c => c.Met);
            var interval = ProportionInterval.Wilson(met, decided, pack.Options.Confidence);
            return (IReadOnlyList<string>)[g.Key, decided.ToString("N0", EnGb), met.ToString("N0", EnGb), Pct(interval?.Estimate),
                interval is null ? "" : $"{Pct(interval.Low)} to {Pct(interval.High)}", Pct(g.First().TargetShare)];
        }).ToList();
        return new ReportSection("Service standards", [
            Paragraph($"Operational compliance in {pack.Unit.Name} over the same {(pack.Period.WindowMonths == 1 ? "month" : $"{pack.Period.WindowMonths} months")}, beside the survey measures."),
            new Table("Compliance with the service standards", ["Standard", "Decided", "Met", "Share met", IntervalHeader(pack.Options), "Target"], rows,
                [false, true, true, true, false, true]),
        ]);
    }

    /// <summary>What every table, chart and summary says in place of a figure withheld for its small effective sample.</summary>
    public const string InsufficientSample = "insufficient sample";

    public static Table Scorecard(IReadOnlyList<IndicatorResult> results, PerformanceOptions options) =>
        ResultsTable("Scorecard", results, options, byUnit: false);

    /// <summary>
    /// Estimates with their intervals, and both differences (against the peer average, and the change on a
    /// year earlier) in percentage points with their intervals and whether they are significant.
    /// </summary>
    private static Table ResultsTable(string caption, IReadOnlyList<IndicatorResult> results, PerformanceOptions options, bool byUnit) => new(caption,
        [byUnit ? "Unit" : "Indicator", "Estimate", IntervalHeader(options), "Effective sample", "Peer average", "Against the peer average",
            "A year earlier", "Change on a year earlier", "Grade"],
        results.Select(r => (IReadOnlyList<string>)[byUnit ? r.Unit.Name : r.Indicator.Name,
            r.Insufficient ? InsufficientSample : Pct(r.Estimate!.Estimate),
            r.Estimate is { } e ? $"{Pct(e.Low)} to {Pct(e.High)}" : "",
            r.NEff > 0 ? r.NEff.ToString("N0", EnGb) : "0",
            Pct(r.PeerEstimate), DifferenceText(r.VersusPeer), Pct(r.PriorEstimate), DifferenceText(r.VersusPrior), GradeWord(r.Grade)]).ToList(),
        [false, true, false, true, true, false, true, false, false]);

    /// <summary>
    /// The unit month by month, each month's figure over its own rolling window, with its interval as a band,
    /// on an axis scaled to the figures, their intervals and any target (not 0 to 100, where a change of a few
    /// points and the band would be a sliver).
    /// </summary>
    private static TrendChart Trend(PackUnit unit, HeadlineView h, PerformanceOptions options)
    {
        var values = h.Trend.Select(t => t.Estimate?.Estimate * 100).ToList();
        var lower = h.Trend.Select(t => t.Estimate?.Low * 100).ToList();
        var upper = h.Trend.Select(t => t.Estimate?.High * 100).ToList();
        double? target = h.Target is { } goal ? goal.Trajectory.ExpectedAt(h.Result.Period.Month) * 100 : null;
        var interval = IntervalWords(options.Confidence);
        return new TrendChart
        {
            Title = $"Month by month ({WindowWords(h.Result.Period.WindowMonths)})", XAxisTitle = "Month", YAxisTitle = "Share positive (%)",
            AltText = $"{h.Result.Indicator.Name} in {unit.Name} month by month over the last year, with {interval}s: "
                + string.Join("; ", h.Trend.Select(m => $"{m.Period.Month.ToString("MMM yyyy", EnGb)} "
                    + (m.Estimate is { } e ? $"{Pct(e.Estimate)} ({Pct(e.Low)} to {Pct(e.High)})" : InsufficientSample))),
            Months = h.Trend.Select(m => m.Period.Month.ToString("MMM yyyy", EnGb)).ToList(),
            Series = [new TrendSeries(unit.Name, values, lower, upper, InsufficientSample)],
            Target = target,
            TargetLabel = "Trajectory this month",
            ValueAxis = AxisRange.Fitting([.. values, .. lower, .. upper, target], floor: 0, ceiling: 100),
        };
    }

    private static string WindowWords(int months) => months == 1 ? "each month alone" : $"rolling {months} months";

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
            ValueAxis = new AxisRange(0, 100), Highlight = highlight?.Name,
        };
    }

    /// <summary>
    /// The force against its Most Similar Forces: a bar for each one's published figure, with its interval on
    /// its interviews divided by the survey's design effect as the comparison uses it, and one for the force;
    /// the line is the peer average the force is graded against.
    /// </summary>
    private static BarChart ForceLeague(IndicatorResult force, IReadOnlyList<PeerForceFigure> peers, IReadOnlyList<string> withoutFigure)
    {
        var indicator = force.Indicator;
        var bars = peers.Select(p => new BarItem(p.Force.Name, p.Interval.Estimate * 100, p.Interval.Low * 100, p.Interval.High * 100))
            .Prepend(new BarItem(force.Unit.Name, force.Estimate!.Estimate * 100, force.Estimate.Low * 100, force.Estimate.High * 100))
            .ToList();
        var missing = withoutFigure.Count == 0 ? "" : $" No published figure for the period from {string.Join(", ", withoutFigure)}.";
        return new BarChart
        {
            Title = $"{indicator.Name}: the force and its Most Similar Forces", XAxisTitle = "Force", YAxisTitle = "Share positive (%)",
            AltText = peers.Count == 0
                ? $"{indicator.Name}: {force.Unit.Name} {Pct(force.Estimate.Estimate)}; none of its Most Similar Forces has a published figure for the period."
                : $"{indicator.Name}, {force.Unit.Name} and its Most Similar Forces (published figures), highest first: "
                    + string.Join("; ", bars.OrderByDescending(b => b.Value).Select(b => $"{b.Label} {Pct(b.Value / 100)}{(b.Label == force.Unit.Name ? " (this force)" : "")}"))
                    + (force.PeerEstimate is { } average ? $". Peer average {Pct(average)}." : ".") + missing,
            Bars = bars, Order = BarOrder.Descending, Highlight = force.Unit.Name,
            ReferenceLine = force.PeerEstimate * 100, ReferenceLabel = "Peer average",
            ValueAxis = new AxisRange(0, 100),
        };
    }

    /// <summary>The names of the force's Most Similar Forces that have no published figure among <paramref name="figures"/>.</summary>
    private static IReadOnlyList<string> WithoutFigure(PerformanceEngine engine, IReadOnlyList<PeerForceFigure> figures) =>
        [.. engine.Data.PeerForces.Where(f => !f.IsHomeForce && !figures.Any(p => string.Equals(p.Force.Code, f.Code, StringComparison.OrdinalIgnoreCase)))
            .Select(f => f.Name)];

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

    /// <summary>A figure in a sentence or three: its interval, both differences with theirs, and its grade or why it has none.</summary>
    public static string Summary(IndicatorResult r, PerformanceOptions options)
    {
        if (r.Insufficient) return $"{r.Indicator.Name}: the sample is too small for a figure (effective sample {r.NEff:N0}).";
        var text = $"{r.Indicator.Name}: {Pct(r.Estimate!.Estimate)} ({IntervalWords(options.Confidence)} {Pct(r.Estimate.Low)} to {Pct(r.Estimate.High)}).";
        if (r.VersusPeer is { } p)
            text += $" Against the peer average of {Pct(r.PeerEstimate)}: {DifferenceText(p)}.";
        if (r.VersusPrior is { } y)
            text += $" Change on a year earlier ({Pct(r.PriorEstimate)} then): {DifferenceText(y)}.";
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

    /// <summary>
    /// The members of a unit's peer group left out of an indicator's peer average for too small a sample,
    /// by name, one sentence for all the indicators that leave out the same units; none when none are.
    /// </summary>
    public static IReadOnlyList<string> LeftOutText(PerformanceEngine engine, OrgLevel level, IReadOnlyList<IndicatorResult> results)
    {
        var sets = results.Where(r => r.PeersLeftOut.Count > 0)
            .GroupBy(r => string.Join(", ", NamesOf(engine, level, r.PeersLeftOut)))
            .Select(g => $"{string.Join(", ", g.Select(r => r.Indicator.Name))}: {g.Key}")
            .ToList();
        return sets.Count == 0 ? [] : ["Left out of the peer average for too small a sample: " + string.Join("; ", sets) + "."];
    }

    /// <summary>Why a figure has no grade, in plain words; null when it has one.</summary>
    public static string? NotGradedText(IndicatorResult r) => r.NotGraded switch
    {
        NotGradedReason.InsufficientSample => "the sample is too small for a figure",
        NotGradedReason.NoPeerForceFigures => "no similar force has a published figure for this period, and the force is not compared with itself",
        NotGradedReason.NoOtherUnit => $"no other {LevelWord(r.Unit.Level).ToLowerInvariant()}{(r.PeerGroup.Basis == PeerGroups.PeerBasis.AllOthers ? "" : " in its peer group")} has a large enough sample to compare with, "
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

    /// <summary>"the borough" for one, "the 7 boroughs" for more: never "the 1 boroughs".</summary>
    public static string Count(int count, OrgLevel level) =>
        count == 1 ? $"the {LevelWord(level).ToLowerInvariant()}" : $"the {count} {Plural(level)}";

    public static string Pct(double? v) => v is { } x ? (x * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "";

    /// <summary>A difference of proportions in percentage points, signed, with a true minus sign: "+1.2", "−4.4".</summary>
    public static string Points(double v) => (v * 100).ToString("+0.0;\u22120.0;0.0", CultureInfo.InvariantCulture);

    /// <summary>A difference with its interval, in percentage points, and whether it is significant: "−4.4 points (−7.8 to −1.0), significant".</summary>
    public static string DifferenceText(DifferenceEstimate? d) => d is null ? ""
        : $"{Points(d.Difference)} points ({Points(d.Low)} to {Points(d.High)}), {(d.Significant ? "significant" : "not significant")}";

    private static string PValue(double p) => p < 0.001 ? "<0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    private static Paragraph Paragraph(string text) => new(text);
}
