namespace CitizenFocus.Reporting;

/// <summary>Fixed limits for a value axis, so charts of the same measure can be compared by eye.</summary>
public sealed record AxisRange(double Minimum, double Maximum)
{
    private static readonly double[] NiceSteps = [1, 2, 2.5, 5, 10];

    /// <summary>
    /// An axis scaled to the data: from a little below the lowest value to a little above the highest,
    /// ends on whole steps of 1, 2, 2.5 or 5 (times a power of ten), about five steps in all, never past
    /// <paramref name="floor"/> or <paramref name="ceiling"/> (0 and 100 for percentages). A change of a few
    /// points, and the interval around each value, then fill the chart instead of a sliver of 0 to 100.
    /// Null when there is no value to scale to.
    /// </summary>
    public static AxisRange? Fitting(IEnumerable<double?> values, double? floor = null, double? ceiling = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var known = values.Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value).ToList();
        if (known.Count == 0)
            return null;
        double low = known.Min(), high = known.Max();
        // A single value (or a flat line) still needs some height: a tenth of its size, at least 1.
        var span = high > low ? high - low : Math.Max(Math.Abs(high) * 0.1, 1);
        var margin = span * 0.1;
        var step = NiceStep((span + 2 * margin) / 5);
        var minimum = Math.Floor(Round((low - margin) / step)) * step;
        var maximum = Math.Ceiling(Round((high + margin) / step)) * step;
        if (floor is { } f && minimum < f) minimum = f;
        if (ceiling is { } c && maximum > c) maximum = c;
        return new AxisRange(Round(minimum), Round(maximum));
    }

    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        return NiceSteps.First(n => n * power >= rough * (1 - 1e-9)) * power;
    }

    // Steps such as 2.5 × 10⁻¹ are not exact in binary; rounding keeps 49.999999 from flooring to 47.5.
    private static double Round(double value) => Math.Round(value, 9);
}
