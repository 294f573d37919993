using MathNet.Numerics.Distributions;

namespace CitizenFocus.Statistics;

/// <summary>A proportion with its confidence interval, all as fractions 0–1.</summary>
public sealed record ProportionEstimate(double Estimate, double Low, double High);

/// <summary>Confidence intervals for a binomial proportion (pure functions, checked against published values).</summary>
public static class ProportionInterval
{
    /// <summary>The two-sided normal quantile for a confidence level (1.959964 for 95%).</summary>
    public static double Z(double confidence) => Normal.InvCDF(0, 1, 1 - (1 - confidence) / 2);

    /// <summary>
    /// Wilson's score interval (Wilson 1927; Newcombe 1998, method 3). <paramref name="n"/> may be an
    /// effective sample size, so it is a double.
    /// </summary>
    public static ProportionEstimate? Wilson(double successes, double n, double confidence = 0.95)
    {
        if (n <= 0) return null;
        if (successes < 0 || successes > n) throw new ArgumentOutOfRangeException(nameof(successes));
        var z = Z(confidence);
        var p = successes / n;
        var z2 = z * z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new ProportionEstimate(p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>The Clopper–Pearson "exact" interval from the beta distribution (Clopper and Pearson 1934).</summary>
    public static ProportionEstimate? ClopperPearson(double successes, double n, double confidence = 0.95)
    {
        if (n <= 0) return null;
        if (successes < 0 || successes > n) throw new ArgumentOutOfRangeException(nameof(successes));
        var alpha = 1 - confidence;
        var low = successes == 0 ? 0 : Beta.InvCDF(successes, n - successes + 1, alpha / 2);
        var high = successes == n ? 1 : Beta.InvCDF(successes + 1, n - successes, 1 - alpha / 2);
        return new ProportionEstimate(successes / n, low, high);
    }
}
