using MathNet.Numerics.Distributions;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// This period's count against last period's, as R's poisson.test(c(count, previousCount), c(exposure, previousExposure)).
/// <see cref="RateRatio"/> is null when the previous count is zero (R reports Inf, or NaN when both are zero);
/// <see cref="High"/> is then positive infinity.
/// </summary>
public sealed record RateComparison(
    int Count,
    int PreviousCount,
    double? RateRatio,
    double Low,
    double High,
    double PValue,
    double ExpectedCount,
    double Confidence)
{
    /// <summary>Significant at the interval's level: the interval for the rate ratio excludes one.</summary>
    public bool Significant => Low > 1 || High < 1;
}

/// <summary>Year-to-date and period-on-period comparisons of crime counts (pure functions, checked against R).</summary>
public static class CountChange
{
    // R's binom.test treats probabilities within this relative distance of the observed one as equally likely.
    private const double RelativeError = 1 + 1e-7;

    /// <summary>
    /// The percentage change from <paramref name="previous"/> to <paramref name="current"/>, or null when the
    /// previous count is zero and no percentage exists.
    /// </summary>
    public static double? PercentChange(double current, double previous)
    {
        if (!double.IsFinite(current) || !double.IsFinite(previous)) throw new ArgumentException("Counts must be finite numbers.");
        if (current < 0 || previous < 0) throw new ArgumentException("Counts cannot be negative.");
        return previous == 0 ? null : (current - previous) / previous * 100;
    }

    /// <summary>
    /// The exact comparison of two Poisson counts, as R's poisson.test: conditional on the total, the count
    /// is binomial with p = exposure / (exposure + previousExposure) when the rates are equal, so the p-value
    /// is R's two-sided binom.test and the confidence interval is the Clopper–Pearson interval for p turned
    /// into a rate ratio, p / (1 − p) × previousExposure / exposure. Exposures are the lengths of the two
    /// periods (or populations); equal by default.
    /// </summary>
    public static RateComparison PoissonTest(int count, int previousCount, double exposure = 1, double previousExposure = 1, double confidence = 0.95)
    {
        if (count < 0 || previousCount < 0) throw new ArgumentException("Counts cannot be negative.");
        if (!(exposure > 0) || !(previousExposure > 0) || !double.IsFinite(exposure) || !double.IsFinite(previousExposure))
            throw new ArgumentException("Exposures must be positive finite numbers.");
        CheckConfidence(confidence);

        var trials = count + previousCount;
        var p = exposure / (exposure + previousExposure);
        var pValue = BinomialTestPValue(count, trials, p);
        var (low, high) = ClopperPearson(count, trials, confidence);
        var toRatio = previousExposure / exposure;
        double? ratio = previousCount == 0 ? null : count / exposure / (previousCount / previousExposure);
        return new RateComparison(
            count,
            previousCount,
            ratio,
            low / (1 - low) * toRatio,
            high >= 1 ? double.PositiveInfinity : high / (1 - high) * toRatio,
            pValue,
            trials * p,
            confidence);
    }

    /// <summary>
    /// The two-sided exact binomial test p-value exactly as R's binom.test computes it: the probability of
    /// every outcome no more likely than the observed one (within a relative 1e-7), found on the far side
    /// of the mean n p and added to the near tail. One when nothing was tried.
    /// </summary>
    public static double BinomialTestPValue(int successes, int trials, double probability)
    {
        if (trials < 0) throw new ArgumentException("The number of trials cannot be negative.", nameof(trials));
        if (successes < 0 || successes > trials) throw new ArgumentException($"Successes must be between 0 and the {trials} trials.", nameof(successes));
        if (!(probability >= 0 && probability <= 1)) throw new ArgumentException("The probability must be between 0 and 1.", nameof(probability));
        if (trials == 0 || probability == 0 || probability == 1)
            return Pmf(successes, trials, probability) > 0 ? 1 : 0;

        var d = Pmf(successes, trials, probability) * RelativeError;
        var mean = trials * probability;
        if (successes == mean) return 1;
        double pValue;
        if (successes < mean)
        {
            // How many outcomes from the top down are no more likely than the observed one.
            var y = 0;
            for (var k = (int)Math.Ceiling(mean); k <= trials; k++)
            {
                if (Pmf(k, trials, probability) <= d) y++;
            }
            pValue = Sum(0, successes, trials, probability) + Sum(trials - y + 1, trials, trials, probability);
        }
        else
        {
            var y = 0;
            for (var k = 0; k <= (int)Math.Floor(mean); k++)
            {
                if (Pmf(k, trials, probability) <= d) y++;
            }
            pValue = Sum(0, y - 1, trials, probability) + Sum(successes, trials, trials, probability);
        }
        return Math.Min(1, pValue);
    }

    /// <summary>Clopper–Pearson limits for a proportion from the beta distribution, as R's binom.test.</summary>
    private static (double Low, double High) ClopperPearson(int successes, int trials, double confidence)
    {
        if (trials == 0) return (0, 1);
        var alpha = (1 - confidence) / 2;
        var low = successes == 0 ? 0 : Beta.InvCDF(successes, trials - successes + 1, alpha);
        var high = successes == trials ? 1 : Beta.InvCDF(successes + 1, trials - successes, 1 - alpha);
        return (low, high);
    }

    // Tails are summed term by term rather than as 1 − CDF so that very small p-values keep their precision.
    private static double Sum(int from, int to, int trials, double probability)
    {
        double total = 0;
        for (var k = Math.Max(0, from); k <= Math.Min(trials, to); k++) total += Pmf(k, trials, probability);
        return total;
    }

    private static double Pmf(int k, int trials, double probability) => Binomial.PMF(probability, trials, k);

    private static void CheckConfidence(double confidence)
    {
        if (!(confidence > 0 && confidence < 1)) throw new ArgumentException("The confidence level must be between 0 and 1, for example 0.95.", nameof(confidence));
    }
}
