namespace CitizenFocus.Statistics;

/// <summary>A weighted survey proportion with Kish's effective sample size.</summary>
public sealed record WeightedProportion(int N, double EffectiveN, double Estimate)
{
    /// <summary>Positive responses scaled to the effective sample size, for intervals and tests.</summary>
    public double EffectiveSuccesses => Estimate * EffectiveN;
}

public static class WeightedSample
{
    /// <summary>
    /// Weighted share positive, with n_eff = (Σw)² / Σw² (Kish 1965) divided by any further design
    /// effect of the survey.
    /// </summary>
    public static WeightedProportion? Proportion(IEnumerable<(double Weight, bool Positive)> responses, double designEffect = 1.0)
    {
        if (designEffect < 1) throw new ArgumentOutOfRangeException(nameof(designEffect), "A design effect is at least 1.");
        int n = 0;
        double sum = 0, sumSquares = 0, positive = 0;
        foreach (var (weight, isPositive) in responses)
        {
            if (weight < 0) throw new ArgumentOutOfRangeException(nameof(responses), "Weights cannot be negative.");
            n++;
            sum += weight;
            sumSquares += weight * weight;
            if (isPositive) positive += weight;
        }
        if (n == 0 || sum == 0) return null;
        return new WeightedProportion(n, sum * sum / sumSquares / designEffect, positive / sum);
    }
}
