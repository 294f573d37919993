using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace CitizenFocus.Statistics;

/// <summary>One coefficient of a logistic regression, on the log-odds scale, with its Wald test.</summary>
public sealed record LogisticCoefficient(string Name, double Estimate, double StandardError, double Z, double PValue)
{
    /// <summary>The multiplicative change in the odds for a one-unit change in the predictor.</summary>
    public double OddsRatio => Math.Exp(Estimate);

    /// <summary>
    /// The Wald interval for the odds ratio, exp(b ± z·se) with z the normal quantile for the confidence
    /// level (R's confint.default, exponentiated). NaN when the fit failed.
    /// </summary>
    public (double Low, double High) OddsRatioInterval(double confidence = 0.95)
    {
        if (confidence is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(confidence), "The confidence level is between 0 and 1.");
        var z = Normal.InvCDF(0, 1, 1 - (1 - confidence) / 2);
        return (Math.Exp(Estimate - z * StandardError), Math.Exp(Estimate + z * StandardError));
    }
}

/// <summary>How a logistic regression fit ended.</summary>
public enum LogisticFitStatus
{
    /// <summary>Newton–Raphson converged: the estimates and standard errors can be used.</summary>
    Converged = 0,
    /// <summary>
    /// Fitted probabilities reached 0 or 1: a predictor (or combination) separates the outcomes
    /// completely or quasi-completely, so some estimates are infinite and their standard errors meaningless.
    /// </summary>
    Separation = 1,
    /// <summary>The iteration limit was reached without separation.</summary>
    NotConverged = 2,
    /// <summary>The predictors are collinear (or one is constant), so the coefficients are not identified.</summary>
    Singular = 3,
}

/// <summary>
/// A fitted logistic regression: the intercept first, then one coefficient per predictor. Deviances are
/// −2 × the weighted log-likelihood (for 0/1 outcomes the saturated model's log-likelihood is 0):
/// <see cref="Deviance"/> of this model, <see cref="NullDeviance"/> of the intercept-only model on the same
/// weights, as R's glm prints them.
/// </summary>
public sealed record LogisticFit(
    IReadOnlyList<LogisticCoefficient> Coefficients,
    LogisticFitStatus Status,
    int Iterations,
    double Deviance,
    double NullDeviance)
{
    public bool Converged => Status == LogisticFitStatus.Converged;

    /// <summary>The number of predictors besides the intercept: the degrees of freedom of <see cref="LikelihoodRatio"/>.</summary>
    public int DegreesOfFreedom => Coefficients.Count - 1;

    /// <summary>
    /// The likelihood-ratio statistic against the intercept-only model, 2(ℓ_full − ℓ_null) = null deviance −
    /// deviance (R's anova(glm, test = "Chisq") on the whole model). Rounding can make it a hair below zero
    /// when the predictors explain nothing; it is then 0. NaN when the fit failed.
    /// </summary>
    public double LikelihoodRatio
    {
        get
        {
            var difference = NullDeviance - Deviance;
            return double.IsNaN(difference) ? double.NaN : Math.Max(0, difference);
        }
    }

    /// <summary>
    /// The p-value of <see cref="LikelihoodRatio"/> on a chi-square distribution with
    /// <see cref="DegreesOfFreedom"/> degrees of freedom: whether the predictors together explain the outcome.
    /// Taken from the upper regularised gamma function, Q(df/2, LR/2), so that small p-values do not round to
    /// zero as 1 − CDF would. NaN when the fit failed or there are no predictors.
    /// </summary>
    public double ModelPValue => DegreesOfFreedom > 0 && double.IsFinite(LikelihoodRatio)
        ? SpecialFunctions.GammaUpperRegularized(DegreesOfFreedom / 2.0, LikelihoodRatio / 2)
        : double.NaN;

    public LogisticCoefficient this[string name] => Coefficients.Single(c => c.Name == name);
}

/// <summary>
/// Weighted logistic regression by iteratively reweighted least squares, which for the logit link is
/// Newton–Raphson (McCullagh and Nelder 1989, Generalized Linear Models, §4.4; as R's glm(family = binomial)).
/// </summary>
public static class LogisticRegression
{
    public const string InterceptName = "(Intercept)";

    // R's glm warns of "fitted probabilities numerically 0 or 1"; after 25 Newton steps on a separated
    // predictor the linear predictor passes 25, so 1e-10 catches separation without flagging ordinary fits.
    private const double Boundary = 1e-10;

    /// <summary>
    /// Fits logit P(y = 1) = b0 + Σ bj xj by maximising the weighted likelihood. Standard errors are the
    /// square roots of the diagonal of the inverse weighted information matrix Xᵀ diag(w μ(1 − μ)) X, so
    /// weights act as frequency weights: scale survey weights to sum to the effective sample size for
    /// standard errors that reflect the weighting. Separation and non-convergence are reported in
    /// <see cref="LogisticFit.Status"/>, not thrown.
    /// </summary>
    /// <param name="predictors">One row per respondent, the same number of predictors in each.</param>
    /// <param name="outcomes">The binary outcome of each row.</param>
    /// <param name="weights">Non-negative weights; all 1 when omitted.</param>
    /// <param name="names">Predictor names; x1, x2… when omitted.</param>
    public static LogisticFit Fit(
        IReadOnlyList<IReadOnlyList<double>> predictors,
        IReadOnlyList<bool> outcomes,
        IReadOnlyList<double>? weights = null,
        IReadOnlyList<string>? names = null,
        int maxIterations = 25,
        double tolerance = 1e-10)
    {
        var n = predictors.Count;
        if (outcomes.Count != n) throw new ArgumentException("One outcome is needed for each row of predictors.", nameof(outcomes));
        if (weights is not null && weights.Count != n) throw new ArgumentException("One weight is needed for each row.", nameof(weights));
        var k = n == 0 ? names?.Count ?? 0 : predictors[0].Count;
        if (predictors.Any(row => row.Count != k)) throw new ArgumentException("Every row needs the same number of predictors.", nameof(predictors));
        if (names is not null && names.Count != k) throw new ArgumentException("One name is needed for each predictor.", nameof(names));
        if (weights is not null && weights.Any(w => w < 0 || !double.IsFinite(w))) throw new ArgumentOutOfRangeException(nameof(weights), "Weights are finite and non-negative.");

        var labels = new[] { InterceptName }.Concat(names ?? Enumerable.Range(1, k).Select(j => $"x{j}")).ToArray();
        var x = Matrix<double>.Build.Dense(n, k + 1, (i, j) => j == 0 ? 1 : predictors[i][j - 1]);
        var y = Vector<double>.Build.Dense(n, i => outcomes[i] ? 1 : 0);
        var w = Vector<double>.Build.Dense(n, i => weights?[i] ?? 1);

        var total = w.Sum();
        var positive = w.DotProduct(y);
        if (total <= 0 || x.TransposeThisAndMultiply(x.MapIndexed((i, _, v) => v * w[i])).Rank() < k + 1)
            return Failed(labels, LogisticFitStatus.Singular, 0);
        // An outcome that never (or always) occurs is separated by the intercept alone.
        if (positive <= 0 || positive >= total) return Failed(labels, LogisticFitStatus.Separation, 0);

        var beta = Vector<double>.Build.Dense(k + 1);
        beta[0] = Math.Log(positive / (total - positive));
        var status = LogisticFitStatus.NotConverged;
        var iterations = 0;
        while (iterations < maxIterations)
        {
            iterations++;
            var (mu, information) = Evaluate(x, w, beta);
            var score = x.TransposeThisAndMultiply(w.PointwiseMultiply(y - mu));
            var step = information.Solve(score);
            if (!step.All(double.IsFinite)) break;
            beta += step;
            if (step.AbsoluteMaximum() < tolerance)
            {
                status = LogisticFitStatus.Converged;
                break;
            }
        }

        var (fitted, info) = Evaluate(x, w, beta);
        if (status != LogisticFitStatus.Converged && Enumerable.Range(0, n).Any(i => w[i] > 0 && (fitted[i] < Boundary || fitted[i] > 1 - Boundary)))
            status = LogisticFitStatus.Separation;
        var covariance = info.Inverse();
        var coefficients = labels.Select((label, j) =>
        {
            var se = Math.Sqrt(covariance[j, j]);
            var z = beta[j] / se;
            return new LogisticCoefficient(label, beta[j], se, z, 2 * Normal.CDF(0, 1, -Math.Abs(z)));
        }).ToArray();
        return new LogisticFit(coefficients, status, iterations, Deviance(x, y, w, beta), NullDeviance(total, positive));
    }

    private static (Vector<double> Mu, Matrix<double> Information) Evaluate(Matrix<double> x, Vector<double> w, Vector<double> beta)
    {
        var mu = (x * beta).Map(Logistic);
        var v = Vector<double>.Build.Dense(mu.Count, i => w[i] * mu[i] * (1 - mu[i]));
        var information = x.TransposeThisAndMultiply(x.MapIndexed((i, _, value) => value * v[i]));
        return (mu, information);
    }

    // −2 × the weighted log-likelihood, with log(1 + e^η) evaluated without overflow.
    private static double Deviance(Matrix<double> x, Vector<double> y, Vector<double> w, Vector<double> beta)
    {
        var eta = x * beta;
        double logLikelihood = 0;
        for (var i = 0; i < eta.Count; i++)
        {
            var softplus = eta[i] > 0 ? eta[i] + Math.Log(1 + Math.Exp(-eta[i])) : Math.Log(1 + Math.Exp(eta[i]));
            logLikelihood += w[i] * (y[i] * eta[i] - softplus);
        }
        return -2 * logLikelihood;
    }

    // The intercept-only model's maximum is at the weighted share positive p̄, in closed form:
    // ℓ_null = W·(p̄ ln p̄ + (1 − p̄) ln(1 − p̄)), W the total weight.
    private static double NullDeviance(double total, double positive)
    {
        var share = positive / total;
        return -2 * total * (XLogX(share) + XLogX(1 - share));
    }

    private static double XLogX(double v) => v > 0 ? v * Math.Log(v) : 0;

    private static double Logistic(double eta) =>
        eta >= 0 ? 1 / (1 + Math.Exp(-eta)) : Math.Exp(eta) / (1 + Math.Exp(eta));

    private static LogisticFit Failed(string[] labels, LogisticFitStatus status, int iterations) =>
        new(labels.Select(l => new LogisticCoefficient(l, double.NaN, double.NaN, double.NaN, double.NaN)).ToArray(), status, iterations, double.NaN, double.NaN);
}
