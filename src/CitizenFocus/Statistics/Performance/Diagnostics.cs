using CitizenFocus.Organisation;

namespace CitizenFocus.Statistics.Performance;

/// <summary>One category of a protected characteristic against the rest of the unit's respondents.</summary>
public sealed record EqualityRow(string Characteristic, string Category, EqualityGapEstimate Gap);

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
    /// <summary>Every category of every characteristic collected, against the rest of the unit's respondents.</summary>
    public static IReadOnlyList<EqualityRow> Equality(this PerformanceEngine engine, PackUnit unit, IndicatorDefinition indicator, PackPeriod period)
    {
        var data = engine.Data;
        var observations = engine.InUnit(unit, indicator, period);
        var rows = new List<EqualityRow>();
        for (var c = 0; c < RespondentProfile.Characteristics.Length; c++)
        {
            var categories = observations.Select(o => data.Respondents[o.Respondent].Value(c)).OfType<string>()
                .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
            if (categories.Count < 2) continue;
            foreach (var category in categories)
            {
                // Respondents who did not say are in neither the group nor the rest.
                var responses = observations
                    .Where(o => data.Respondents[o.Respondent].Value(c) is not null)
                    .Select(o => (o.Weight, o.Positive, string.Equals(data.Respondents[o.Respondent].Value(c), category, StringComparison.OrdinalIgnoreCase)));
                rows.Add(new EqualityRow(RespondentProfile.Characteristics[c], category,
                    EqualityGap.Compare(responses, engine.Options.MinimumEffectiveSample, engine.Options.DesignEffect(indicator.Survey), engine.Options.Confidence)));
            }
        }
        return rows;
    }

    /// <summary>
    /// Key-driver analysis: a weighted logistic regression of the headline answer on the answers to its
    /// component questions, for the unit's respondents who answered them all.
    /// </summary>
    public static KeyDriverAnalysis? Drivers(this PerformanceEngine engine, PackUnit unit, IndicatorDefinition headline, PackPeriod period)
    {
        var components = engine.Data.Indicators.Where(i => i.HeadlineCode == headline.Code).ToList();
        if (components.Count == 0) return null;
        var answers = components.ToDictionary(c => c.Code, c => engine.InUnit(unit, c, period).ToDictionary(o => o.Respondent, o => o.Positive));
        var respondents = engine.InUnit(unit, headline, period)
            .Select(o => new DriverRespondent(o.Weight, o.Positive, components
                .Where(c => answers[c.Code].ContainsKey(o.Respondent))
                .ToDictionary(c => c.Code, c => answers[c.Code][o.Respondent])))
            .ToList();
        return respondents.Count == 0 ? null : KeyDrivers.Analyse(respondents, engine.Options.DesignEffect(headline.Survey));
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
