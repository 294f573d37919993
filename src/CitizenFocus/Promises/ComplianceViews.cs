using CitizenFocus.Organisation;

namespace CitizenFocus.Promises;

/// <summary>
/// A standard's compliance for one unit and month: clocks decided (ended, or breached while open),
/// how many met it, the share met with its 95% Wilson interval, against the target share.
/// </summary>
public sealed record ComplianceRow(string StandardCode, OrgLevel? Level, string UnitCode, string UnitName,
    DateOnly Month, int Decided, int Met, double? Share, double? Low, double? High, double TargetShare)
{
    public int Breached => Decided - Met;

    /// <summary>The dimension the row breaks its unit down by, and this row's value of it (null for whole units).</summary>
    public string? Dimension { get; init; }
    public string? DimensionValue { get; init; }

    /// <summary>
    /// The standard promises every case (100%). Any breach misses it, and no interval can lie above
    /// 100%, so such rows report the share met and the breaches instead of a test against the target.
    /// </summary>
    public bool EveryCase => TargetShare >= 1.0;

    public bool BelowTarget => Share is { } s && s < TargetShare;

    /// <summary>Below target even at the top of its interval: not explained by chance. Not asked of every-case standards.</summary>
    public bool SignificantlyBelowTarget => !EveryCase && High is { } h && h < TargetShare;
}

public sealed record BreachRow(string RecordType, string RecordId, string? Title, string? TeamName, DateTime StartedAt,
    DateTime BreachedAt, DateTime? EndedAt, string? Reason, string? Explanation);
