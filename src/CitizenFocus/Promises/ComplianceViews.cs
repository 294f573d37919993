namespace CitizenFocus.Promises;

public enum ComplianceLevel
{
    Force = 0,
    Area = 1,
    Borough = 2,
    Ward = 3,
    Team = 4,
}

/// <summary>
/// A standard's compliance for one unit and month: clocks decided (ended, or breached while open),
/// how many met it, the share met with its 95% Wilson interval, against the target share.
/// </summary>
public sealed record ComplianceRow(string StandardCode, ComplianceLevel Level, string UnitCode, string UnitName,
    DateOnly Month, int Decided, int Met, double? Share, double? Low, double? High, double TargetShare)
{
    public int Breached => Decided - Met;
    public bool BelowTarget => Share is { } s && s < TargetShare;

    /// <summary>Below target even at the top of its interval: not explained by chance.</summary>
    public bool SignificantlyBelowTarget => High is { } h && h < TargetShare;
}

public sealed record BreachRow(string RecordType, string RecordId, string? Title, string? TeamName, DateTime StartedAt,
    DateTime BreachedAt, DateTime? EndedAt, string? Reason, string? Explanation);
