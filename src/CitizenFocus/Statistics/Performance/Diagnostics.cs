using CitizenFocus.Organisation;

namespace CitizenFocus.Statistics.Performance;

/// <summary>
/// One gap in a unit's equality table: a category of a protected characteristic against the rest of the
/// unit's respondents who gave that characteristic or, when only two categories were given, against the
/// other one, named in <see cref="Against"/>. <see cref="AdjustedPValue"/> is Holm's, over every measured
/// gap of the indicator in the unit, and <see cref="Significant"/> is judged on it at <see cref="Alpha"/>.
/// </summary>
/// <param name="Characteristic">The characteristic's name, as the pack shows it.</param>
/// <param name="Category">The group.</param>
/// <param name="Against">The other category when there are only two; null when the group is set against all the rest.</param>
/// <param name="Gap">The group's share against the rest's, with the unadjusted interval and test.</param>
/// <param name="AdjustedPValue">Holm's adjusted p-value; null when the gap was not measured.</param>
/// <param name="Significant">Measured, and the adjusted p-value is below <see cref="Alpha"/>.</param>
/// <param name="Alpha">The level of the tests (1 − the confidence level).</param>
public sealed record EqualityRow(string Characteristic, string Category, string? Against, EqualityGapEstimate Gap,
    double? AdjustedPValue, bool Significant, double Alpha);

/// <summary>A unit on the funnel plot: its estimate, effective sample and where it falls against the limits.</summary>
public sealed record FunnelUnit(PackUnit Unit, double NEff, double Estimate, FunnelPosition Position);

/// <summary>Units of a level against the force figure, with 95% and 99.8% limits by sample size.</summary>
public sealed record FunnelView(IndicatorDefinition Indicator, double Centre, IReadOnlyList<FunnelUnit> Units, IReadOnlyList<FunnelLimits> Curve);

/// <summary>An indicator's target trajectory for a unit, and the latest estimate judged against it.</summary>
public sealed record TargetView(IndicatorDefinition Indicator, Trajectory Trajectory, IReadOnlyList<IndicatorTarget> Points,
    double Expected, TrackStatus? Status);

/// <summary>The diagnostics that explain a headline figure for one unit.</summary>
public static class PerformanceDiagnostics
{
    /// <summary>
    /// The unit's equality gaps on one indicator. For each characteristic with three or more categories among
    /// the respondents who gave it, each category against the rest of them; with exactly two, one row, the
    /// first category (in name order) against the second, since B against A is the same test as A against B
    /// mirrored and two rows would count one gap twice. Respondents who did not give the characteristic are
    /// in neither side.
    /// <para>
    /// Each gap is <see cref="EqualityGap.Compare"/> on the effective samples. The measured gaps' z-test
    /// p-values are adjusted together by Holm's method (<see cref="MultipleTesting.Holm"/>), so that testing
    /// twenty groups does not make one look different by chance; a row is significant when its adjusted
    /// p-value is below 1 − the confidence level. When the unit's own effective sample on the indicator is
    /// below the minimum, every row is insufficient: a group's Kish effective sample can exceed the whole
    /// unit's when weights differ between groups, and a unit whose figure is suppressed shows no gap.
    /// </para>
    /// </summary>
    public static IReadOnlyList<EqualityRow> Equality(this PerformanceEngine engine, PackUnit unit, IndicatorDefinition indicator, PackPeriod period)
    {
        var data = engine.Data;
        var options = engine.Options;
        var designEffect = options.DesignEffect(indicator.Survey);
        var observations = engine.InUnit(unit, indicator, period);
        var unitSample = WeightedSample.Proportion(observations.Select(o => (o.Weight, o.Positive)), designEffect);
        var unitSufficient = unitSample is not null && unitSample.EffectiveN >= options.MinimumEffectiveSample;

        var gaps = new List<(string Characteristic, string Category, string? Against, EqualityGapEstimate Gap)>();
        for (var c = 0; c < RespondentProfile.Characteristics.Length; c++)
        {
            var categories = observations.Select(o => data.Respondents[o.Respondent].Value(c)).OfType<string>()
                .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
            if (categories.Count < 2) continue;
            var against = categories.Count == 2 ? categories[1] : null;
            foreach (var category in against is null ? categories : [categories[0]])
            {
                var responses = observations
                    .Where(o => data.Respondents[o.Respondent].Value(c) is not null)
                    .Select(o => (o.Weight, o.Positive, string.Equals(data.Respondents[o.Respondent].Value(c), category, StringComparison.OrdinalIgnoreCase)));
                var gap = EqualityGap.Compare(responses, options.MinimumEffectiveSample, designEffect, options.Confidence);
                if (!unitSufficient) gap = gap with { Outcome = GapOutcome.InsufficientSample, Gap = null };
                gaps.Add((RespondentProfile.Characteristics[c], category, against, gap));
            }
        }

        var alpha = 1 - options.Confidence;
        var measured = gaps.Select((g, i) => (g.Gap.Gap, Index: i)).Where(g => g.Gap is not null).ToList();
        var adjusted = MultipleTesting.Holm(measured.Select(g => g.Gap!.PValue).ToList());
        var adjustedOf = measured.Select((g, k) => (g.Index, P: adjusted[k])).ToDictionary(g => g.Index, g => g.P);
        return gaps.Select((g, i) =>
        {
            double? p = adjustedOf.TryGetValue(i, out var value) ? value : null;
            return new EqualityRow(g.Characteristic, g.Category, g.Against, g.Gap, p, p < alpha, alpha);
        }).ToList();
    }

    /// <summary>
    /// Key-driver analysis: a weighted logistic regression of the headline answer on the answers to its
    /// component questions, for the unit's respondents who answered them all (<see cref="KeyDrivers.Analyse"/>),
    /// with the pack's minimum effective sample and confidence level. Null only when the headline has no
    /// component questions; when the headline's or the model's effective sample is below the minimum the
    /// analysis is <see cref="KeyDriverOutcome.InsufficientSample"/> and carries no estimate.
    /// </summary>
    public static KeyDriverAnalysis? Drivers(this PerformanceEngine engine, PackUnit unit, IndicatorDefinition headline, PackPeriod period)
    {
        var components = engine.Data.Indicators.Where(i => i.HeadlineCode == headline.Code).ToList();
        if (components.Count == 0) return null;
        var answers = components.ToDictionary(c => c.Code, c => engine.InUnit(unit, c, period).ToDictionary(o => o.Respondent, o => o.Positive));
        // Components are labelled by the names the pack shows; analysts edit names, so a name given twice
        // keeps its code beside it rather than merging two questions.
        var label = components.ToDictionary(c => c.Code,
            c => components.Count(o => o.Name == c.Name) > 1 ? $"{c.Name} ({c.Code})" : c.Name);
        var respondents = engine.InUnit(unit, headline, period)
            .Select(o => new DriverRespondent(o.Weight, o.Positive, components
                .Where(c => answers[c.Code].ContainsKey(o.Respondent))
                .ToDictionary(c => label[c.Code], c => answers[c.Code][o.Respondent])))
            .ToList();
        return KeyDrivers.Analyse(respondents, engine.Options.DesignEffect(headline.Survey), engine.Options.MinimumEffectiveSample, engine.Options.Confidence);
    }

    /// <summary>The units of a level (within a parent when given) against the force figure, Spiegelhalter's exact limits.</summary>
    public static FunnelView? Funnel(this PerformanceEngine engine, OrgLevel level, IndicatorDefinition indicator, PackPeriod period, int? parentId = null)
    {
        var force = engine.Results(OrgLevel.Force, indicator, period).FirstOrDefault();
        if (force?.Estimate is null) return null;
        var centre = force.Estimate.Estimate;
        var units = engine.Results(level, indicator, period)
            .Where(r => r.Estimate is not null && (parentId is null || r.Unit.ParentId == parentId))
            .Select(r => new FunnelUnit(r.Unit, r.NEff, r.Estimate!.Estimate, FunnelPlot.Classify(r.Estimate.Estimate, FunnelPlot.Exact(centre, r.NEff))))
            .ToList();
        if (units.Count == 0) return null;
        var min = Math.Max(engine.Options.MinimumEffectiveSample, units.Min(u => u.NEff) * 0.8);
        var max = units.Max(u => u.NEff) * 1.2;
        var curve = Enumerable.Range(0, 40).Select(i => min * Math.Pow(max / min, i / 39.0)).Select(n => FunnelPlot.Exact(centre, n)).ToList();
        return new FunnelView(indicator, centre, units, curve);
    }

    /// <summary>The unit's trajectory for the indicator, when targets are set, with the period's estimate judged against it.</summary>
    public static TargetView? Target(this PerformanceEngine engine, PackUnit unit, IndicatorDefinition indicator, IndicatorResult? result)
    {
        var points = engine.Data.Targets
            .Where(t => t.UnitType == unit.Level && string.Equals(t.UnitCode, unit.Code, StringComparison.OrdinalIgnoreCase)
                && string.Equals(t.Indicator, indicator.Code, StringComparison.OrdinalIgnoreCase))
            .OrderBy(t => t.Date).ToList();
        var baseline = points.FirstOrDefault(t => t.Kind == TargetKind.Baseline);
        var later = points.Where(t => baseline is not null && t.Date > baseline.Date).ToList();
        if (baseline is null || later.Count == 0) return null;
        var trajectory = new Trajectory(new Milestone(baseline.Date, baseline.Value), later.Select(t => new Milestone(t.Date, t.Value)));
        var month = result?.Period.Month ?? baseline.Date;
        return new TargetView(indicator, trajectory, points, trajectory.ExpectedAt(month),
            result?.Estimate is { } e ? trajectory.Judge(month, e) : null);
    }
}
