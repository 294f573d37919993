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

    /// <summary>An extra design effect per survey (clustering, stratification) on top of the weights' Kish effect.</summary>
    public double PasDesignEffect { get; set; } = 1.0;
    public double UssDesignEffect { get; set; } = 1.0;

    /// <summary>
    /// The peer average includes the unit itself, as the Home Office's SPI grading method did (the
    /// mean of the Most Similar Forces' values including the force's own).
    /// </summary>
    public bool PeerAverageIncludesUnit { get; set; } = true;

    /// <summary>Months in the rolling window each monthly figure covers (survey samples are too small for one month).</summary>
    [Range(1, 36)]
    public int WindowMonths { get; set; } = 12;

    public double DesignEffect(SurveyKind survey) => survey == SurveyKind.Pas ? PasDesignEffect : UssDesignEffect;
}
