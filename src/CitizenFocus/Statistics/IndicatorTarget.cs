using CitizenFocus.Organisation;

namespace CitizenFocus.Statistics;

/// <summary>
/// A point on an indicator's trajectory: the baseline it starts from, an interim milestone, or the
/// target itself (confidence 59.4% by March 2012, interim 55.4% by March 2011).
/// </summary>
public sealed class IndicatorTarget
{
    public int Id { get; set; }
    public required string Indicator { get; set; }
    public OrgLevel UnitType { get; set; }
    public required string UnitCode { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>As a fraction 0–1.</summary>
    public double Value { get; set; }
    public TargetKind Kind { get; set; }
}

public enum TargetKind
{
    Baseline = 0,
    Interim = 1,
    Target = 2,
}
