using CitizenFocus.Organisation;

namespace CitizenFocus.Statistics.Performance;

/// <summary>
/// The pack's statistics over loaded <see cref="SurveyData"/>: each unit's weighted estimate with its
/// Wilson interval on the effective sample (after weighting and the survey's design effect), the
/// comparison with the peer average that includes the unit (MOVER, <see cref="ProportionCombination"/>)
/// and with the same window a year earlier (Newcombe), and the HMIC grade both ways, or the reason there
/// is none. Pure: the same data and options give the same figures.
/// </summary>
public sealed class PerformanceEngine(SurveyData data, PerformanceOptions options)
{
    // The pack asks for the same level, indicator and period several times (scorecard, league table,
    // funnel); the web keeps one engine per month for many requests, so results are kept, thread-safely.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(OrgLevel, int, PackPeriod), IReadOnlyList<IndicatorResult>> results = new();

    public SurveyData Data => data;
    public PerformanceOptions Options => options;

    /// <summary>Every unit of a level, for every indicator, over one period.</summary>
    public IReadOnlyList<IndicatorResult> Results(OrgLevel level, PackPeriod period)
    {
        var results = new List<IndicatorResult>();
        foreach (var indicator in data.Indicators)
            results.AddRange(Results(level, indicator, period));
        return results;
    }

    /// <summary>Every unit of a level for one indicator and period, in the order of the organisation.</summary>
    public IReadOnlyList<IndicatorResult> Results(OrgLevel level, IndicatorDefinition indicator, PackPeriod period) =>
        results.GetOrAdd((level, indicator.Id, period), _ => Compute(level, indicator, period));

    private IReadOnlyList<IndicatorResult> Compute(OrgLevel level, IndicatorDefinition indicator, PackPeriod period)
    {
        var units = data.UnitsAt(level);
        var current = Accumulate(indicator, level, period);
        var prior = Accumulate(indicator, level, period.YearEarlier);
        var designEffect = options.DesignEffect(indicator.Survey);

        var estimates = new Dictionary<int, Figure>();
        foreach (var unit in units)
            if (FigureFor(indicator, unit, period, current, designEffect) is { } f) estimates[unit.Id] = f;

        // Each sufficient figure's Wilson interval, once: every comparison at the level reuses it.
        var intervals = estimates.Where(e => e.Value.NEff >= options.MinimumEffectiveSample)
            .ToDictionary(e => e.Key, e => ProportionInterval.Wilson(e.Value.Estimate * e.Value.NEff, e.Value.NEff, options.Confidence)!);

        // The force's peers are its Most Similar Forces; a borough's or ward's are its peer group (the most
        // similar by census profile, or an analyst's choice), an area's the other areas; of those, only the
        // ones with a sufficient sample are averaged. Never the unit alone: that is no comparison.
        var peerForces = level == OrgLevel.Force ? ForcePeers(indicator, period, designEffect) : null;
        var comparable = units.Where(u => intervals.ContainsKey(u.Id)).Select(u => new Peer(u, estimates[u.Id], intervals[u.Id])).ToList();
        var results = new List<IndicatorResult>(units.Count);
        foreach (var unit in units)
        {
            estimates.TryGetValue(unit.Id, out var figure);
            var sufficient = figure is not null && figure.NEff >= options.MinimumEffectiveSample;
            if (!sufficient)
            {
                results.Add(new IndicatorResult(unit, indicator, period, figure?.N ?? 0, figure?.NEff ?? 0,
                    figure?.Source ?? FigureSource.Survey, null, null, null, null, null, null, Insufficient: true,
                    PeerUnits: [], NotGraded: NotGradedReason.InsufficientSample, DesignEffect: designEffect,
                    PeersLeftOut: [], PeerGroup: GroupOf(unit, units)));
                continue;
            }
            var estimate = intervals[unit.Id];
            var group = GroupOf(unit, units);
            List<Peer> others;
            IReadOnlyList<string> leftOut;
            if (level == OrgLevel.Force)
            {
                others = peerForces ?? [];
                leftOut = [];
            }
            else
            {
                // The group's members with a sufficient sample are averaged; the others are named as left out.
                var members = new HashSet<string>(group.Peers, StringComparer.OrdinalIgnoreCase);
                others = comparable.Where(c => c.Unit.Id != unit.Id && members.Contains(c.Unit.Code)).ToList();
                leftOut = [.. units.Where(u => u.Id != unit.Id && members.Contains(u.Code) && !intervals.ContainsKey(u.Id)).Select(u => u.Code)];
            }
            var versusPeer = ProportionCombination.VersusMean(estimate, figure!.NEff,
                others.Select(o => (o.Interval, o.Figure.NEff)).ToList(), options.PeerAverageIncludesUnit);
            IReadOnlyList<Peer> averaged = versusPeer is null ? []
                : options.PeerAverageIncludesUnit ? [new Peer(unit, figure, estimate), .. others] : others;
            double? peerEstimate = averaged.Count > 0 ? averaged.Average(a => a.Figure.Estimate) : null;

            var priorFigure = FigureFor(indicator, unit, period.YearEarlier, prior, designEffect);
            var versusPrior = priorFigure is null || priorFigure.NEff < options.MinimumEffectiveSample ? null
                : ProportionDifference.Compare(figure.Estimate * figure.NEff, figure.NEff, priorFigure.Estimate * priorFigure.NEff,
                    priorFigure.NEff, options.Confidence);

            var grade = Grading.Of(versusPeer is null ? null : Grading.DirectionOf(versusPeer, indicator.HigherIsBetter),
                versusPrior is null ? null : Grading.DirectionOf(versusPrior, indicator.HigherIsBetter));
            NotGradedReason? notGraded = grade is not null ? null
                : level == OrgLevel.Force ? NotGradedReason.NoPeerForceFigures : NotGradedReason.NoOtherUnit;
            results.Add(new IndicatorResult(unit, indicator, period, figure.N, figure.NEff, figure.Source, estimate,
                peerEstimate, versusPeer, versusPrior is null ? null : priorFigure!.Estimate, versusPrior, grade, Insufficient: false,
                PeerUnits: [.. averaged.Select(a => a.Unit.Code)], NotGraded: notGraded, DesignEffect: designEffect,
                PeersLeftOut: leftOut, PeerGroup: group));
        }
        return results;
    }

    /// <summary>
    /// The units a unit is compared with: a borough's or ward's peer group (most similar by census
    /// profile, or an analyst's choice), else every other unit of its level; the force's Most Similar Forces.
    /// </summary>
    public PeerGroups.PeerGroup GroupOf(PackUnit unit, IReadOnlyList<PackUnit>? units = null)
    {
        if (unit.Level == OrgLevel.Force)
            return new PeerGroups.PeerGroup(unit.Level, unit.Code, [.. data.PeerForces.Where(f => !f.IsHomeForce).Select(f => f.Code)],
                PeerGroups.PeerBasis.MostSimilarForces);
        return data.PeerGroups.For(unit.Level, unit.Code)
            ?? new PeerGroups.PeerGroup(unit.Level, unit.Code,
                [.. (units ?? data.UnitsAt(unit.Level)).Where(u => u.Id != unit.Id).Select(u => u.Code)], PeerGroups.PeerBasis.AllOthers);
    }

    /// <summary>One unit's estimate in each of the months up to the period's, each over its own rolling window.</summary>
    public IReadOnlyList<(PackPeriod Period, ProportionEstimate? Estimate, double NEff)> Trend(PackUnit unit, IndicatorDefinition indicator,
        PackPeriod period, int months)
    {
        var series = new List<(PackPeriod, ProportionEstimate?, double)>(months);
        var designEffect = options.DesignEffect(indicator.Survey);
        for (var m = months - 1; m >= 0; m--)
        {
            var p = period.MonthsEarlier(m);
            var acc = new Accumulator();
            foreach (var o in data.Observations.GetValueOrDefault(indicator.Id, []))
                if (p.Contains(o.Date) && data.UnitOf(o, unit.Level) == unit.Id) acc.Add(o.Weight, o.Positive);
            var w = acc.Proportion(designEffect);
            var estimate = w is null || w.EffectiveN < options.MinimumEffectiveSample ? null
                : ProportionInterval.Wilson(w.EffectiveSuccesses, w.EffectiveN, options.Confidence);
            series.Add((p, estimate, w?.EffectiveN ?? 0));
        }
        return series;
    }

    /// <summary>The unit's observations of an indicator within the period.</summary>
    public IReadOnlyList<Observation> InUnit(PackUnit unit, IndicatorDefinition indicator, PackPeriod period)
    {
        var list = new List<Observation>();
        foreach (var o in data.Observations.GetValueOrDefault(indicator.Id, []))
            if (period.Contains(o.Date) && data.UnitOf(o, unit.Level) == unit.Id) list.Add(o);
        return list;
    }

    /// <summary>The Most Similar Forces' published figures for the period as the force is compared with them; empty when none.</summary>
    public IReadOnlyList<PeerForceFigure> PeerForceFigures(IndicatorDefinition indicator, PackPeriod period) =>
        ForcePeers(indicator, period, options.DesignEffect(indicator.Survey)) is { } peers
            ? [.. peers.Select(p => new PeerForceFigure(p.Unit, p.Figure, p.Interval))]
            : [];

    /// <summary>
    /// The Most Similar Forces' published figures for the period, each on its interviews divided by the
    /// survey's design effect (a published figure of the same survey shares its design); null when none.
    /// </summary>
    private List<Peer>? ForcePeers(IndicatorDefinition indicator, PackPeriod period, double designEffect)
    {
        var peers = new List<Peer>();
        foreach (var force in data.PeerForces.Where(f => !f.IsHomeForce))
        {
            if (data.PublishedFor(indicator.Code, OrgLevel.Force, force.Code, period) is not { N: > 0 } published) continue;
            var figure = new Figure(published.N, published.N / designEffect, published.Estimate, FigureSource.Published);
            peers.Add(new Peer(new PackUnit(OrgLevel.Force, force.Id, force.Code, force.Name, null), figure,
                ProportionInterval.Wilson(figure.Estimate * figure.NEff, figure.NEff, options.Confidence)!));
        }
        return peers.Count > 0 ? peers : null;
    }

    private Figure? FigureFor(IndicatorDefinition indicator, PackUnit unit, PackPeriod period, Dictionary<int, Accumulator> sums, double designEffect)
    {
        if (sums.TryGetValue(unit.Id, out var acc) && acc.Proportion(designEffect) is { } w)
            return new Figure(w.N, w.EffectiveN, w.Estimate, FigureSource.Survey);
        var published = data.PublishedFor(indicator.Code, unit.Level, unit.Code, period);
        return published is null ? null
            : new Figure(published.N, published.N / designEffect, published.Estimate, FigureSource.Published);
    }

    private Dictionary<int, Accumulator> Accumulate(IndicatorDefinition indicator, OrgLevel level, PackPeriod period)
    {
        var sums = new Dictionary<int, Accumulator>();
        foreach (var o in data.Observations.GetValueOrDefault(indicator.Id, []))
        {
            if (!period.Contains(o.Date)) continue;
            var unit = data.UnitOf(o, level);
            if (unit == 0 && level == OrgLevel.Ward) continue;
            ref var acc = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, unit, out _);
            acc.Add(o.Weight, o.Positive);
        }
        return sums;
    }
}

/// <summary>A unit's figure before comparison: sample size, effective sample size and estimate (0–1).</summary>
public sealed record Figure(int N, double NEff, double Estimate, FigureSource Source);

/// <summary>A unit in a peer average: its figure and that figure's interval.</summary>
internal sealed record Peer(PackUnit Unit, Figure Figure, ProportionEstimate Interval);
