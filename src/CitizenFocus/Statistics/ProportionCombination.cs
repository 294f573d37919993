using MathNet.Numerics.Distributions;

namespace CitizenFocus.Statistics;

/// <summary>
/// One proportion in a linear combination: its coefficient, its estimate with its Wilson interval (0–1)
/// and the (effective) sample size the interval was computed on.
/// </summary>
public readonly record struct CombinationTerm(double Coefficient, ProportionEstimate Interval, double N);

/// <summary>
/// Linear combinations L = Σ cᵢ·pᵢ of independent proportions, with MOVER intervals (pure functions,
/// checked against reference values).
/// </summary>
public static class ProportionCombination
{
    /// <summary>
    /// MOVER, the method of variance estimates recovery (Zou and Donner 2008, Statistics in Medicine
    /// 27:1693–1702): Newcombe's hybrid score interval generalised from p₁ − p₂ to Σ cᵢ·pᵢ. Each term's
    /// Wilson interval (lᵢ, uᵢ) on its sample size gives its distance below and above the estimate; the
    /// lower limit is L − √(Σ_{cᵢ&gt;0} (cᵢ(pᵢ − lᵢ))² + Σ_{cᵢ&lt;0} (cᵢ(uᵢ − pᵢ))²) and the upper limit
    /// L + √(Σ_{cᵢ&gt;0} (cᵢ(uᵢ − pᵢ))² + Σ_{cᵢ&lt;0} (cᵢ(pᵢ − lᵢ))²). With terms (1, p₁) and (−1, p₂) it is
    /// exactly Newcombe's method 10. The z and p are the Wald test of L = 0 on the unpooled variance
    /// Σ cᵢ²·pᵢ(1 − pᵢ)/nᵢ; significance is read from the interval, whose level is the terms' intervals' level.
    /// The intervals are the caller's so that a level's units are each computed once, not once per comparison.
    /// </summary>
    public static DifferenceEstimate? Mover(IReadOnlyList<CombinationTerm> terms)
    {
        if (terms.Count == 0) return null;
        double combination = 0, below = 0, above = 0, variance = 0;
        foreach (var (c, interval, n) in terms)
        {
            if (n <= 0) throw new ArgumentOutOfRangeException(nameof(terms), "Each term needs a positive sample size.");
            var p = interval.Estimate;
            combination += c * p;
            // A positive coefficient carries the term's lower distance into the combination's lower limit;
            // a negative one carries its upper distance there instead.
            var (down, up) = c >= 0 ? (p - interval.Low, interval.High - p) : (interval.High - p, p - interval.Low);
            below += Square(c * down);
            above += Square(c * up);
            variance += c * c * p * (1 - p) / n;
        }
        var z = variance > 0 ? combination / Math.Sqrt(variance) : 0;
        return new DifferenceEstimate(combination, combination - Math.Sqrt(below), combination + Math.Sqrt(above),
            z, 2 * Normal.CDF(0, 1, -Math.Abs(z)));
    }

    /// <summary>
    /// A unit's proportion minus the unweighted mean of a set of units, by <see cref="Mover"/>, from each
    /// unit's Wilson interval on its effective sample. When the mean includes the unit (the Home Office SPI
    /// method), the k units averaged are the unit and the <paramref name="others"/>, and
    /// d = (1 − 1/k)·p_u − (1/k)·Σ_{j≠u} p_j: the unit sits on both sides of the difference, so it is not
    /// compared with the mean as if the two were independent. When it does not, d = p_u − (1/k)·Σ p_j over
    /// the k others. Null when there is no other unit: a unit is never compared with itself alone.
    /// </summary>
    public static DifferenceEstimate? VersusMean(ProportionEstimate unit, double n, IReadOnlyList<(ProportionEstimate Interval, double N)> others,
        bool meanIncludesUnit)
    {
        if (others.Count == 0) return null;
        var k = others.Count + (meanIncludesUnit ? 1 : 0);
        var terms = new CombinationTerm[others.Count + 1];
        terms[0] = new CombinationTerm(meanIncludesUnit ? 1 - 1.0 / k : 1, unit, n);
        for (var i = 0; i < others.Count; i++) terms[i + 1] = new CombinationTerm(-1.0 / k, others[i].Interval, others[i].N);
        return Mover(terms);
    }

    private static double Square(double v) => v * v;
}
