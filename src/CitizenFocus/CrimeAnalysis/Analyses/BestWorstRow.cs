namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// One of the best or worst units for a crime group: <see cref="Rank"/> 1 is the best of the best (the
/// largest fall) or the worst of the worst (the largest rise).
/// </summary>
public sealed record BestWorstRow(
    string GroupCode,
    string GroupName,
    BestWorstPosition Position,
    int Rank,
    AnalysisUnit Unit,
    AnalysisPeriod Period,
    AnalysisPeriod PreviousPeriod,
    CountComparison Comparison);

public enum BestWorstPosition
{
    Best = 0,
    Worst = 1,
}
