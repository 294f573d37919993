using MathNet.Numerics.Distributions;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>The centre line and limits of a count control chart. Counts below Lower or above Upper are signals.</summary>
public sealed record ControlLimits(double Centre, double Lower, double Upper, ControlLimitMethod Method)
{
    public bool IsBeyond(double count) => count < Lower || count > Upper;
}

/// <summary>A series checked against its limits: the positions of the months beyond them, in order.</summary>
public sealed record ControlChart(ControlLimits Limits, IReadOnlyList<int> MonthsBeyondLimits);

/// <summary>Control limits for monthly crime counts (c-chart, Montgomery, Introduction to Statistical Quality Control, §7.3).</summary>
public static class CountControlChart
{
    /// <summary>The chance in each tail that the exact Poisson limits allow: 0.1%, so 99.8% between them.</summary>
    public const double ExactTail = 0.001;

    /// <summary>
    /// Limits for counts whose expected value is <paramref name="mean"/>. Three-sigma: mean ± 3 √mean, the
    /// lower limit floored at zero. Exact Poisson: Lower is the largest count L with P(X &lt; L) ≤ 0.1% and
    /// Upper the smallest count U with P(X &gt; U) ≤ 0.1%, X being Poisson with that mean (MathNet's Poisson).
    /// A mean of zero gives limits of zero, so any crime at all is a signal.
    /// </summary>
    public static ControlLimits Limits(double mean, ControlLimitMethod method = ControlLimitMethod.ThreeSigma)
    {
        if (!(mean >= 0) || !double.IsFinite(mean)) throw new ArgumentException("The mean count must be a finite number, zero or more.", nameof(mean));
        if (mean == 0) return new ControlLimits(0, 0, 0, method);
        switch (method)
        {
            case ControlLimitMethod.ThreeSigma:
                var sigma = Math.Sqrt(mean);
                return new ControlLimits(mean, Math.Max(0, mean - 3 * sigma), mean + 3 * sigma, method);
            case ControlLimitMethod.ExactPoisson:
                var start = (int)Math.Floor(mean);
                var upper = start;
                while (Poisson.CDF(mean, upper) < 1 - ExactTail) upper++;
                var lower = start + 1;
                while (lower > 0 && Poisson.CDF(mean, lower - 1) > ExactTail) lower--;
                return new ControlLimits(mean, lower, upper, method);
            default:
                throw new ArgumentException($"Unknown control limit method {method}.", nameof(method));
        }
    }

    /// <summary>
    /// Sets the centre line at the mean of the first <paramref name="baselineMonths"/> counts (all of them
    /// when null), so that a chart can be fixed on a settled period and later months judged against it, and
    /// flags every month whose count falls beyond the limits.
    /// </summary>
    public static ControlChart Analyse(IReadOnlyList<int> monthlyCounts, ControlLimitMethod method = ControlLimitMethod.ThreeSigma, int? baselineMonths = null)
    {
        ArgumentNullException.ThrowIfNull(monthlyCounts);
        if (monthlyCounts.Count == 0) throw new ArgumentException("A control chart needs at least one month.", nameof(monthlyCounts));
        var baseline = baselineMonths ?? monthlyCounts.Count;
        if (baseline < 1 || baseline > monthlyCounts.Count)
            throw new ArgumentException($"The baseline must be between 1 and the {monthlyCounts.Count} months given.", nameof(baselineMonths));
        if (monthlyCounts.Any(c => c < 0)) throw new ArgumentException("Monthly counts cannot be negative.", nameof(monthlyCounts));

        var mean = monthlyCounts.Take(baseline).Average();
        var limits = Limits(mean, method);
        var beyond = new List<int>();
        for (var i = 0; i < monthlyCounts.Count; i++)
        {
            if (limits.IsBeyond(monthlyCounts[i])) beyond.Add(i);
        }
        return new ControlChart(limits, beyond);
    }
}
