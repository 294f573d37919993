namespace CitizenFocus.Statistics;

/// <summary>One respondent: their weight, the headline answer and whether each component answer was positive.</summary>
public sealed record DriverRespondent(double Weight, bool HeadlinePositive, IReadOnlyDictionary<string, bool> Components);

/// <summary>
/// One component question's pull on the headline, holding the other components fixed: its coefficient on
/// the log-odds scale, the odds ratio with its Wald interval, and the Wald test's p-value.
/// <see cref="Importance"/> is this component's share (0–1) of the summed standardised effects, and NaN
/// unless the components together explain the headline (<see cref="KeyDriverOutcome.Explained"/>).
/// </summary>
public sealed record KeyDriver(
    string Component,
    double Coefficient,
    double StandardError,
    double OddsRatio,
    double OddsRatioLow,
    double OddsRatioHigh,
    double PValue,
    double SharePositive,
    double Importance);

/// <summary>What a key-driver analysis could say.</summary>
public enum KeyDriverOutcome
{
    /// <summary>
    /// The model with the components fits significantly better than the one without them (likelihood-ratio
    /// test): each component's odds ratio and importance are given.
    /// </summary>
    Explained = 0,
    /// <summary>
    /// The model was fitted but the components together do not explain the headline at this sample size:
    /// odds ratios with their intervals are given, importance is not.
    /// </summary>
    NotExplained = 1,
    /// <summary>The model could not be fitted (see <see cref="KeyDriverAnalysis.Status"/>): nothing is estimated.</summary>
    NotFitted = 2,
    /// <summary>
    /// The headline's or the model's effective sample is below the minimum: nothing is estimated, only the
    /// respondents and effective samples are given.
    /// </summary>
    InsufficientSample = 3,
}

/// <summary>
/// The drivers, most important first (in name order when there is no importance), how the model fit went
/// and the likelihood-ratio test of the whole model against the intercept-only model.
/// </summary>
/// <param name="Outcome">What the analysis can say; decides which of the other figures are given.</param>
/// <param name="Drivers">One per component; empty when the sample is insufficient or the model could not be fitted.</param>
/// <param name="Status">How the fit ended; null when the sample was too small to fit.</param>
/// <param name="Respondents">Respondents in the model (those who answered the headline and every component).</param>
/// <param name="Excluded">Respondents to the headline left out for a missing component answer.</param>
/// <param name="EffectiveN">The model's effective sample: Kish's, divided by the design effect.</param>
/// <param name="HeadlineEffectiveN">The effective sample of every respondent to the headline, the same way.</param>
/// <param name="MinimumEffectiveN">The smallest effective sample, of the headline and of the model, that is analysed.</param>
/// <param name="LikelihoodRatio">2(ℓ_full − ℓ_null), chi-square under "no component matters"; NaN unless fitted.</param>
/// <param name="DegreesOfFreedom">The number of components.</param>
/// <param name="ModelPValue">The likelihood-ratio test's p-value; NaN unless fitted.</param>
/// <param name="Alpha">The level the test is judged at (1 − the confidence level).</param>
public sealed record KeyDriverAnalysis(
    KeyDriverOutcome Outcome,
    IReadOnlyList<KeyDriver> Drivers,
    LogisticFitStatus? Status,
    int Respondents,
    int Excluded,
    double EffectiveN,
    double HeadlineEffectiveN,
    double MinimumEffectiveN,
    double LikelihoodRatio,
    int DegreesOfFreedom,
    double ModelPValue,
    double Alpha);

/// <summary>
/// Key-driver analysis: which component answers (informed, treated with respect, …) go with a positive
/// headline (confidence, satisfaction), from one weighted logistic regression of the headline on all the
/// components' positive/not-positive indicators together.
/// </summary>
public static class KeyDrivers
{
    /// <summary>The effective sample below which no key-driver figure is given, as for every other figure in the pack.</summary>
    public const double DefaultMinimumEffectiveN = 50;

    /// <summary>
    /// Fits logit P(headline) = b0 + Σ bj · positive_j and ranks the components.
    /// <para>
    /// Weights are rescaled to sum to Kish's effective sample size, (Σw)² / Σw² divided by any further
    /// design effect, so standard errors and p-values reflect the precision lost to weighting (an
    /// approximation to a design-based variance; the coefficients do not change). Nothing is fitted when
    /// the effective sample of the headline's respondents, or of those in the model, is below
    /// <paramref name="minimumEffectiveN"/>: the outcome is <see cref="KeyDriverOutcome.InsufficientSample"/>
    /// and no driver is returned, so a suppressed figure cannot be shown by mistake.
    /// </para>
    /// <para>
    /// Whether the components matter at all is the likelihood-ratio test of the model against the
    /// intercept-only model on the same rescaled weights (<see cref="LogisticFit.ModelPValue"/>), on as many
    /// degrees of freedom as there are components. Importance is given only when the fit converged and that
    /// test is significant at 1 − <paramref name="confidence"/>; otherwise it is NaN and the drivers are in
    /// name order, because scaling effects that may all be noise to 100% would rank noise.
    /// </para>
    /// <para>
    /// Importance is the partially standardised coefficient |bj| · sj, where sj = √(pj(1 − pj)) is the
    /// weighted standard deviation of the component's indicator (Menard 2004, "Six approaches to calculating
    /// standardized logistic regression coefficients", The American Statistician 58:218–223): the change in
    /// the headline's log-odds for a one-standard-deviation change in the component, as a share of the
    /// sum over components. It is preferred to shares of |z| because z grows with the sample and measures
    /// how sure we are rather than how much the component matters; the sj factor means a component nearly
    /// everyone already rates positively has little room to move the headline.
    /// </para>
    /// <para>
    /// Odds ratios carry Wald intervals exp(bj ± z·se) at <paramref name="confidence"/>.
    /// </para>
    /// Respondents without an answer to every component are left out and counted in
    /// <see cref="KeyDriverAnalysis.Excluded"/>.
    /// </summary>
    public static KeyDriverAnalysis Analyse(
        IEnumerable<DriverRespondent> respondents,
        double designEffect = 1.0,
        double minimumEffectiveN = DefaultMinimumEffectiveN,
        double confidence = 0.95)
    {
        if (designEffect < 1) throw new ArgumentOutOfRangeException(nameof(designEffect), "A design effect is at least 1.");
        if (confidence is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(confidence), "The confidence level is between 0 and 1.");
        var all = respondents.ToList();
        if (all.Any(r => r.Weight < 0 || !double.IsFinite(r.Weight))) throw new ArgumentOutOfRangeException(nameof(respondents), "Weights are finite and non-negative.");
        var components = all.SelectMany(r => r.Components.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        // With no component answered by anyone there is no model, and nobody is in it.
        List<DriverRespondent> complete = components.Length == 0 ? [] : all.Where(r => components.All(r.Components.ContainsKey)).ToList();
        var alpha = 1 - confidence;

        var headlineN = EffectiveN(all, designEffect);
        var effectiveN = EffectiveN(complete, designEffect);
        if (headlineN < minimumEffectiveN || effectiveN < minimumEffectiveN || effectiveN == 0)
            return new KeyDriverAnalysis(KeyDriverOutcome.InsufficientSample, [], null, complete.Count, all.Count - complete.Count,
                effectiveN, headlineN, minimumEffectiveN, double.NaN, components.Length, double.NaN, alpha);

        var sum = complete.Sum(r => r.Weight);
        var scale = effectiveN / sum;
        var shares = components.Select(c => complete.Where(r => r.Components[c]).Sum(r => r.Weight) / sum).ToArray();
        var fit = LogisticRegression.Fit(
            complete.Select(r => (IReadOnlyList<double>)components.Select(c => r.Components[c] ? 1.0 : 0.0).ToArray()).ToArray(),
            complete.Select(r => r.HeadlinePositive).ToArray(),
            complete.Select(r => r.Weight * scale).ToArray(),
            components);

        if (!fit.Converged)
            return new KeyDriverAnalysis(KeyDriverOutcome.NotFitted, [], fit.Status, complete.Count, all.Count - complete.Count,
                effectiveN, headlineN, minimumEffectiveN, double.NaN, components.Length, double.NaN, alpha);

        var explained = fit.ModelPValue < alpha;
        var effects = components.Select((c, j) => Math.Abs(fit[c].Estimate) * Math.Sqrt(shares[j] * (1 - shares[j]))).ToArray();
        var totalEffect = effects.Sum();
        var drivers = components.Select((c, j) =>
        {
            var coefficient = fit[c];
            var (low, high) = coefficient.OddsRatioInterval(confidence);
            var importance = explained && totalEffect > 0 ? effects[j] / totalEffect : double.NaN;
            return new KeyDriver(c, coefficient.Estimate, coefficient.StandardError, coefficient.OddsRatio, low, high,
                coefficient.PValue, shares[j], importance);
        });
        var ordered = explained ? drivers.OrderByDescending(d => d.Importance).ThenBy(d => d.Component, StringComparer.Ordinal) : drivers;
        return new KeyDriverAnalysis(explained ? KeyDriverOutcome.Explained : KeyDriverOutcome.NotExplained, ordered.ToArray(), fit.Status,
            complete.Count, all.Count - complete.Count, effectiveN, headlineN, minimumEffectiveN,
            fit.LikelihoodRatio, fit.DegreesOfFreedom, fit.ModelPValue, alpha);
    }

    // Kish's (Σw)² / Σw², divided by the survey's design effect; 0 for no weight at all.
    private static double EffectiveN(IReadOnlyList<DriverRespondent> respondents, double designEffect)
    {
        double sum = 0, sumSquares = 0;
        foreach (var r in respondents)
        {
            sum += r.Weight;
            sumSquares += r.Weight * r.Weight;
        }
        return sumSquares > 0 ? sum * sum / sumSquares / designEffect : 0;
    }
}
