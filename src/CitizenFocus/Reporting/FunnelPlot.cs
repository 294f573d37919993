namespace CitizenFocus.Reporting;

/// <summary>
/// A funnel plot: each unit's value against its sample size, a centre line and the 95% and 99.8%
/// limits. Units beyond the 99.8% limits are labelled on the chart; the data table says where every
/// unit falls.
/// </summary>
public sealed record FunnelPlot : ChartSpec
{
    public required IReadOnlyList<FunnelPoint> Points { get; init; }
    public required double Centre { get; init; }
    public string CentreLabel { get; init; } = "Average";

    /// <summary>What the points are, for the legend.</summary>
    public string PointsLabel { get; init; } = "Areas";
    public required FunnelLimits Limits { get; init; }

    /// <summary>Fixed limits for the value axis; null chooses them from the points and curves.</summary>
    public AxisRange? ValueAxis { get; init; }

    /// <summary>Where a point lies against the limits at its own sample size, in words.</summary>
    public string Position(FunnelPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var n = point.SampleSize;
        if (point.Value > Interpolate(Limits.Upper998, n)) return "Above 99.8% limit";
        if (point.Value > Interpolate(Limits.Upper95, n)) return "Above 95% limit";
        if (point.Value < Interpolate(Limits.Lower998, n)) return "Below 99.8% limit";
        if (point.Value < Interpolate(Limits.Lower95, n)) return "Below 95% limit";
        return "Within limits";
    }

    public override Table ToDataTable()
    {
        Validate();
        var rows = Points
            .Select(p => (IReadOnlyList<string>)
                [p.Label, ChartNumbers.Count(p.SampleSize), ChartNumbers.Value(p.Value, Decimals), Position(p)])
            .ToArray();
        return new Table(
            $"Data for the chart: {Title} ({CentreLabel}: {ChartNumbers.Value(Centre, Decimals)})",
            ["Name", XAxisTitle, YAxisTitle, "Against the limits"],
            rows,
            [false, true, true, false]);
    }

    internal override void Validate()
    {
        if (Points.Count == 0)
            throw new ArgumentException($"Funnel plot '{Title}' has no points.");
        foreach (var (curve, name) in new[]
                 {
                     (Limits.Lower95, "lower 95%"), (Limits.Upper95, "upper 95%"),
                     (Limits.Lower998, "lower 99.8%"), (Limits.Upper998, "upper 99.8%"),
                 })
        {
            if (curve.Count == 0)
                throw new ArgumentException($"Funnel plot '{Title}' has an empty {name} limit curve.");
        }
    }

    /// <summary>Linear between the curve's points, flat beyond its ends.</summary>
    private static double Interpolate(IReadOnlyList<CurvePoint> curve, double n)
    {
        var sorted = curve.OrderBy(c => c.N).ToArray();
        if (n <= sorted[0].N) return sorted[0].Value;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (n <= sorted[i].N)
            {
                var (a, b) = (sorted[i - 1], sorted[i]);
                return b.N == a.N ? b.Value : a.Value + (b.Value - a.Value) * (n - a.N) / (b.N - a.N);
            }
        }

        return sorted[^1].Value;
    }
}
