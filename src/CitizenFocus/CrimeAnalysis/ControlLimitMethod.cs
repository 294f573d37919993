namespace CitizenFocus.CrimeAnalysis;

/// <summary>How the limits of a count control chart are set.</summary>
public enum ControlLimitMethod
{
    /// <summary>The Shewhart c-chart: mean ± 3 √mean, the lower limit floored at zero.</summary>
    ThreeSigma,

    /// <summary>
    /// Exact Poisson limits holding 99.8% of the distribution: no more than 0.1% chance of a count below the
    /// lower limit or above the upper one when nothing has changed. Better than ±3σ for small means.
    /// </summary>
    ExactPoisson,
}
