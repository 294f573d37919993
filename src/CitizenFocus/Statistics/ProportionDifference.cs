using MathNet.Numerics.Distributions;

namespace CitizenFocus.Statistics;

/// <summary>A difference of two proportions (p1 − p2) with its interval and test.</summary>
public sealed record DifferenceEstimate(double Difference, double Low, double High, double Z, double PValue)
{
    /// <summary>Significant at the interval's level: the interval excludes zero.</summary>
    public bool Significant => Low > 0 || High < 0;
}

/// <summary>Comparisons of two independent proportions (pure functions, checked against published values).</summary>
public static class ProportionDifference
{
    /// <summary>
    /// Newcombe's hybrid score interval for p1 − p2 (Newcombe 1998, Statistics in Medicine 17:873–890,
    /// method 10), built from each proportion's Wilson interval; with the pooled two-proportion z-test.
    /// Sample sizes may be effective sizes.
    /// </summary>
    public static DifferenceEstimate? Compare(double x1, double n1, double x2, double n2, double confidence = 0.95)
    {
        var a = ProportionInterval.Wilson(x1, n1, confidence);
        var b = ProportionInterval.Wilson(x2, n2, confidence);
        if (a is null || b is null) return null;
        var d = a.Estimate - b.Estimate;
        var low = d - Math.Sqrt(Square(a.Estimate - a.Low) + Square(b.High - b.Estimate));
        var high = d + Math.Sqrt(Square(a.High - a.Estimate) + Square(b.Estimate - b.Low));
        var (z, p) = ZTest(x1, n1, x2, n2);
        return new DifferenceEstimate(d, low, high, z, p);
    }

    /// <summary>
    /// The pooled two-proportion z-test; two-sided p. z² equals Pearson's chi-squared without continuity
    /// correction (R's prop.test(..., correct = FALSE)). The p is taken from the lower tail, 2Φ(−|z|), so
    /// that very small p-values do not cancel to zero.
    /// </summary>
    public static (double Z, double PValue) ZTest(double x1, double n1, double x2, double n2)
    {
        var pooled = (x1 + x2) / (n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        if (se == 0) return (0, 1);
        var z = (x1 / n1 - x2 / n2) / se;
        return (z, 2 * Normal.CDF(0, 1, -Math.Abs(z)));
    }

    private static double Square(double v) => v * v;
}
