namespace CitizenFocus.Reporting;

/// <summary>
/// The 95% and 99.8% control limits around a funnel plot's centre line, each as a curve of
/// (sample size, value) points. The caller computes them (for example from the binomial), so the
/// chart draws what the statistics decided rather than deciding again.
/// </summary>
public sealed record FunnelLimits(
    IReadOnlyList<CurvePoint> Lower95,
    IReadOnlyList<CurvePoint> Upper95,
    IReadOnlyList<CurvePoint> Lower998,
    IReadOnlyList<CurvePoint> Upper998);
