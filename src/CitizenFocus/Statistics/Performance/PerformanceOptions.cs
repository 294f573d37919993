using System.ComponentModel.DataAnnotations;

namespace CitizenFocus.Statistics.Performance;

/// <summary>How the performance figures are estimated and compared (configuration section "Performance").</summary>
public sealed class PerformanceOptions
{
    public const string Section = "Performance";

    /// <summary>Cells with a smaller effective sample are reported as "insufficient sample", never as a number.</summary>
    [Range(1, 100_000)]
    public double MinimumEffectiveSample { get; set; } = 50;

    /// <summary>Confidence level of intervals and tests.</summary>
    [Range(0.5, 0.9999)]
    public double Confidence { get; set; } = 0.95;

    /// <summary>
    /// The public (attitude) survey's design effect on top of the weights' Kish effect: interviews are
    /// clustered in sampled addresses and areas. 1.5 is what HMIC's worked example implies: 81% from about
    /// 1,000 interviews is "plus or minus 3 points", which a simple random sample would give at ±2.4.
    /// Applied to published figures of the same survey too.
    /// </summary>
    [Range(1.0, 10.0)]
    public double PasDesignEffect { get; set; } = 1.5;

    /// <summary>
    /// The user (victim) satisfaction survey's design effect on top of the weights' Kish effect: victims are
    /// drawn at random from the crime records of each borough and crime type and interviewed by telephone,
    /// so there is no clustering to add; the unequal chances of selection are in the weights, which Kish's
    /// factor already counts. Raise it when the survey's supplier publishes a larger one.
    /// </summary>
    [Range(1.0, 10.0)]
    public double UssDesignEffect { get; set; } = 1.0;

    /// <summary>
    /// The peer average includes the unit itself, as the Home Office's SPI grading method did (the
    /// mean of the Most Similar Forces' values including the force's own).
    /// </summary>
    public bool PeerAverageIncludesUnit { get; set; } = true;

    /// <summary>Months in the rolling window each monthly figure covers (survey samples are too small for one month).</summary>
    [Range(1, 36)]
    public int WindowMonths { get; set; } = 12;

    /// <summary>
    /// How many of the most similar boroughs (and, separately, wards) by census profile each borough or
    /// ward is compared with, the unit itself added. Seven, as a Most Similar Family of forces has seven
    /// members besides the force; fewer where the level has fewer other units.
    /// </summary>
    [Range(1, 100)]
    public int PeerGroupSize { get; set; } = 7;

    public double DesignEffect(SurveyKind survey) => survey == SurveyKind.Pas ? PasDesignEffect : UssDesignEffect;
}
