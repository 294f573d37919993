namespace CitizenFocus.Statistics;

/// <summary>Whether a gap could be measured.</summary>
public enum GapOutcome
{
    Measured = 0,
    /// <summary>The group or the rest has an effective sample below the minimum: no gap is reported.</summary>
    InsufficientSample = 1,
}

/// <summary>
/// A group's weighted proportion against everyone else's. <see cref="Gap"/> is group minus rest, with its
/// interval; it is null when the sample is insufficient.
/// </summary>
public sealed record EqualityGapEstimate(
    GapOutcome Outcome,
    WeightedProportion? Group,
    WeightedProportion? Rest,
    DifferenceEstimate? Gap)
{
    /// <summary>
    /// Significant at the interval's level: measured, and the interval excludes zero. This is the single
    /// test's answer; where several gaps are tested together, judge each on its Holm-adjusted
    /// <see cref="PValue"/> instead (<see cref="MultipleTesting.Holm"/>).
    /// </summary>
    public bool Significant => Gap?.Significant ?? false;

    /// <summary>The two-sided p-value of the pooled z-test on the effective samples; null when not measured.</summary>
    public double? PValue => Gap?.PValue;
}

/// <summary>
/// Equality gaps (SPI 3b compared white and minority ethnic users' satisfaction; the force should measure
/// every protected characteristic): a group against the rest of the respondents.
/// </summary>
public static class EqualityGap
{
    /// <summary>The effective sample below which a side is too small to report: its interval would span about ±14 points.</summary>
    public const double DefaultMinimumEffectiveN = 50;

    /// <summary>
    /// Compares the weighted share positive in the group with that in the rest: each side's proportion and
    /// Kish effective size (<see cref="WeightedSample.Proportion"/>), then Newcombe's hybrid score interval
    /// and the pooled z-test on the effective counts (<see cref="ProportionDifference.Compare"/>). When
    /// either side's effective size is below <paramref name="minimumEffectiveN"/> the outcome is
    /// <see cref="GapOutcome.InsufficientSample"/> and no gap is given.
    /// </summary>
    public static EqualityGapEstimate Compare(
        IEnumerable<(double Weight, bool Positive, bool InGroup)> responses,
        double minimumEffectiveN = DefaultMinimumEffectiveN,
        double designEffect = 1.0,
        double confidence = 0.95)
    {
        var group = new List<(double Weight, bool Positive)>();
        var rest = new List<(double Weight, bool Positive)>();
        foreach (var (weight, positive, inGroup) in responses)
            (inGroup ? group : rest).Add((weight, positive));

        var groupProportion = WeightedSample.Proportion(group, designEffect);
        var restProportion = WeightedSample.Proportion(rest, designEffect);
        if (groupProportion is null || restProportion is null
            || groupProportion.EffectiveN < minimumEffectiveN || restProportion.EffectiveN < minimumEffectiveN)
            return new EqualityGapEstimate(GapOutcome.InsufficientSample, groupProportion, restProportion, null);

        var gap = ProportionDifference.Compare(
            groupProportion.EffectiveSuccesses, groupProportion.EffectiveN,
            restProportion.EffectiveSuccesses, restProportion.EffectiveN,
            confidence);
        return gap is null
            ? new EqualityGapEstimate(GapOutcome.InsufficientSample, groupProportion, restProportion, null)
            : new EqualityGapEstimate(GapOutcome.Measured, groupProportion, restProportion, gap);
    }
}
