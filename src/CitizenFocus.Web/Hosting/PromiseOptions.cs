using System.ComponentModel.DataAnnotations;

namespace CitizenFocus.Web.Hosting;

/// <summary>The "Promises" section: whether this host runs the sweep and the outbox, and how often.</summary>
public sealed class PromiseOptions
{
    public const string Section = "Promises";

    /// <summary>Off for hosts that must not sweep (tests drive sweeps themselves; a second web node may leave it to one).</summary>
    public bool BackgroundWork { get; set; } = true;

    [Range(1, 3600)]
    public int SweepIntervalSeconds { get; set; } = 30;

    /// <summary>Hours between retention sweeps (anonymising records past their period, opening reviews): daily by default.</summary>
    [Range(1, 24 * 7)]
    public int RetentionIntervalHours { get; set; } = 24;
}
