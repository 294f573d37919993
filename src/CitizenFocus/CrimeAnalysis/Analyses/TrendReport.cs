namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// Monthly crime counts for one unit and crime group (null for all crime), oldest first, with the control
/// chart's limits; <see cref="BaselineMonths"/> is how many of the first months set the centre line.
/// </summary>
public sealed record TrendReport(
    AnalysisUnit Unit,
    string? GroupCode,
    IReadOnlyList<TrendMonth> Months,
    ControlLimits Limits,
    int BaselineMonths);

/// <summary>A calendar month's count (London) and whether it lies beyond the control limits.</summary>
public sealed record TrendMonth(DateOnly Month, int Count, TrendSignal Signal);

public enum TrendSignal
{
    None = 0,
    Above = 1,
    Below = 2,
}
