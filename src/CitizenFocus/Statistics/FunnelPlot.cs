using MathNet.Numerics.Distributions;

namespace CitizenFocus.Statistics;

/// <summary>The control limits of a funnel plot at one sample size, as proportions 0–1.</summary>
public sealed record FunnelLimits(double Target, double N, double Lower998, double Lower95, double Upper95, double Upper998);

/// <summary>Where a unit falls on a funnel plot. Outside the 95% limits is a warning; outside 99.8% an alarm.</summary>
public enum FunnelPosition
{
    BelowLower998 = -2,
    BelowLower95 = -1,
    Within = 0,
    AboveUpper95 = 1,
    AboveUpper998 = 2,
}

/// <summary>
/// Funnel-plot control limits for a proportion against a target (Spiegelhalter 2005, "Funnel plots for
/// comparing institutional performance", Statistics in Medicine 24:1185–1202). The 95% limits are the
/// 2.5% and 97.5% points; the 99.8% limits the 0.1% and 99.9% points.
/// </summary>
public static class FunnelPlot
{
    private static readonly double[] Points = [0.001, 0.025, 0.975, 0.999];

    /// <summary>
    /// The normal approximation p0 + z_p √(p0(1 − p0)/n), kept within 0–1. <paramref name="n"/> may be an
    /// effective sample size.
    /// </summary>
    public static FunnelLimits Normal(double target, double n)
    {
        Validate(target, n);
        var l = Points.Select(p => NormalLimit(target, n, p)).ToArray();
        return new FunnelLimits(target, n, l[0], l[1], l[2], l[3]);
    }

    /// <summary>
    /// Spiegelhalter's exact binomial limits with interpolation (2005, Appendix): r_p is the
    /// p-quantile of Binomial(n, p0), the smallest r with F(r) ≥ p;
    /// α = (F(r_p) − p) / (F(r_p) − F(r_p − 1)); the limit is (r_p − α) / n. The interpolation treats each
    /// count as spread evenly over (r − 1, r], which makes the funnel smooth in n. The binomial needs
    /// whole trials, so an effective sample size is rounded to the nearest whole number (at least 1).
    /// </summary>
    public static FunnelLimits Exact(double target, double n)
    {
        Validate(target, n);
        var trials = (int)Math.Max(1, Math.Round(n, MidpointRounding.AwayFromZero));
        var l = Points.Select(p => ExactLimit(target, trials, p)).ToArray();
        return new FunnelLimits(target, trials, l[0], l[1], l[2], l[3]);
    }

    /// <summary>The normal-approximation limit at probability <paramref name="p"/> (0.975 for the upper 95% limit).</summary>
    public static double NormalLimit(double target, double n, double p)
    {
        Validate(target, n);
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, p);
        return Math.Clamp(target + z * Math.Sqrt(target * (1 - target) / n), 0, 1);
    }

    /// <summary>Spiegelhalter's interpolated exact binomial limit at probability <paramref name="p"/>.</summary>
    public static double ExactLimit(double target, int n, double p)
    {
        Validate(target, n);
        if (p is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(p));
        var r = Quantile(target, n, p);
        var atR = Binomial.CDF(target, n, r);
        var belowR = r == 0 ? 0 : Binomial.CDF(target, n, r - 1);
        var alpha = (atR - p) / (atR - belowR);
        return Math.Clamp((r - alpha) / n, 0, 1);
    }

    /// <summary>
    /// Where an observed proportion lies against the limits. A point exactly on a limit counts as within it.
    /// </summary>
    public static FunnelPosition Classify(double observed, FunnelLimits limits) => observed switch
    {
        _ when observed > limits.Upper998 => FunnelPosition.AboveUpper998,
        _ when observed > limits.Upper95 => FunnelPosition.AboveUpper95,
        _ when observed < limits.Lower998 => FunnelPosition.BelowLower998,
        _ when observed < limits.Lower95 => FunnelPosition.BelowLower95,
        _ => FunnelPosition.Within,
    };

    // The smallest r in 0..n with F(r) ≥ p, by bisection: the CDF is monotone and F(n) = 1.
    private static int Quantile(double target, int n, double p)
    {
        int low = 0, high = n;
        while (low < high)
        {
            var mid = low + (high - low) / 2;
            if (Binomial.CDF(target, n, mid) >= p) high = mid;
            else low = mid + 1;
        }
        return low;
    }

    private static void Validate(double target, double n)
    {
        if (target is <= 0 or >= 1 || double.IsNaN(target)) throw new ArgumentOutOfRangeException(nameof(target), "A target proportion lies strictly between 0 and 1.");
        if (!(n > 0) || double.IsInfinity(n)) throw new ArgumentOutOfRangeException(nameof(n), "A sample size is positive.");
    }
}
