namespace CitizenFocus.Statistics;

/// <summary>One respondent: their weight, the headline answer and whether each component answer was positive.</summary>
public sealed record DriverRespondent(double Weight, bool HeadlinePositive, IReadOnlyDictionary<string, bool> Components);

/// <summary>
/// One component question's pull on the headline, holding the other components fixed.
/// <see cref="Importance"/> is this component's share (0–1) of the summed standardised effects.
/// </summary>
public sealed record KeyDriver(
    string Component,
    double Coefficient,
    double StandardError,
    double OddsRatio,
    double PValue,
    double SharePositive,
    double Importance);

/// <summary>The drivers, most important first, and how the model fit went.</summary>
public sealed record KeyDriverAnalysis(
    IReadOnlyList<KeyDriver> Drivers,
    LogisticFitStatus Status,
    int Respondents,
    int Excluded,
    double EffectiveN);

/// <summary>
/// Key-driver analysis: which component answers (informed, treated with respect, …) go with a positive
/// headline (confidence, satisfaction), from one weighted logistic regression of the headline on all the
/// components' positive/not-positive indicators together.
/// </summary>
public static class KeyDrivers
{
    /// <summary>
    /// Fits logit P(headline) = b0 + Σ bj · positive_j and ranks the components.
    /// <para>
    /// Weights are rescaled to sum to Kish's effective sample size, (Σw)² / Σw² divided by any further
    /// design effect, so standard errors and p-values reflect the precision lost to weighting (an
    /// approximation to a design-based variance; the coefficients do not change).
    /// </para>
    /// <para>
    /// Importance is the partially standardised coefficient |bj| · sj, where sj = √(pj(1 − pj)) is the
    /// weighted standard deviation of the component's indicator (Menard 2004, "Six approaches to calculating
    /// standardized logistic regression coefficients", The American Statistician 58:218–223): the change in
    /// the headline's log-odds for a one-standard-deviation change in the component, as a share of the
    /// sum over components. It is preferred to shares of |z| because z grows with the sample and measures
    /// how sure we are rather than how much the component matters; the sj factor means a component nearly
    /// everyone already rates positively has little room to move the headline. Importance is given only
    /// for a converged fit (NaN otherwise, with the drivers in name order).
    /// </para>
    /// Respondents without an answer to every component are left out and counted in
    /// <see cref="KeyDriverAnalysis.Excluded"/>.
    /// </summary>
    public static KeyDriverAnalysis Analyse(IEnumerable<DriverRespondent> respondents, double designEffect = 1.0)
    {
        if (designEffect < 1) throw new ArgumentOutOfRangeException(nameof(designEffect), "A design effect is at least 1.");
        var all = respondents.ToList();
        if (all.Any(r => r.Weight < 0 || !double.IsFinite(r.Weight))) throw new ArgumentOutOfRangeException(nameof(respondents), "Weights are finite and non-negative.");
        var components = all.SelectMany(r => r.Components.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var complete = all.Where(r => components.All(r.Components.ContainsKey)).ToList();

        double sum = complete.Sum(r => r.Weight), sumSquares = complete.Sum(r => r.Weight * r.Weight);
        var effectiveN = sumSquares > 0 ? sum * sum / sumSquares / designEffect : 0;
        var scale = sum > 0 ? effectiveN / sum : 0;
        var shares = components.Select(c => sum > 0 ? complete.Where(r => r.Components[c]).Sum(r => r.Weight) / sum : double.NaN).ToArray();

        var fit = LogisticRegression.Fit(
            complete.Select(r => (IReadOnlyList<double>)components.Select(c => r.Components[c] ? 1.0 : 0.0).ToArray()).ToArray(),
            complete.Select(r => r.HeadlinePositive).ToArray(),
            complete.Select(r => r.Weight * scale).ToArray(),
            components);

        var effects = components.Select((c, j) => Math.Abs(fit[c].Estimate) * Math.Sqrt(shares[j] * (1 - shares[j]))).ToArray();
        var totalEffect = effects.Sum();
        var drivers = components.Select((c, j) =>
        {
            var coefficient = fit[c];
            var importance = fit.Converged && totalEffect > 0 ? effects[j] / totalEffect : double.NaN;
            return new KeyDriver(c, coefficient.Estimate, coefficient.StandardError, coefficient.OddsRatio, coefficient.PValue, shares[j], importance);
        });
        var ordered = fit.Converged ? drivers.OrderByDescending(d => d.Importance).ThenBy(d => d.Component, StringComparer.Ordinal) : drivers;
        return new KeyDriverAnalysis(ordered.ToArray(), fit.Status, complete.Count, all.Count - complete.Count, effectiveN);
    }
}
