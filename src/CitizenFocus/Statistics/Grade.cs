namespace CitizenFocus.Statistics;

/// <summary>HMIC's grades for a performance indicator.</summary>
public enum Grade
{
    Failing = 0,
    Meeting = 1,
    Exceeding = 2,
}

/// <summary>Which way a comparison went, counting only significant differences.</summary>
public enum Direction
{
    Worse = -1,
    NoSignificantDifference = 0,
    Better = 1,
}

public static class Grading
{
    /// <summary>
    /// Grades as HMIC graded: exceeding when significantly better than the peer average and not
    /// significantly deteriorating; failing when significantly worse than the peer average and not
    /// significantly improving; meeting otherwise. So an improving trend is credited even below the
    /// peers, and a deteriorating one prevents "exceeding".
    /// </summary>
    public static Grade Of(Direction versusPeers, Direction versusEarlier) => (versusPeers, versusEarlier) switch
    {
        (Direction.Better, not Direction.Worse) => Grade.Exceeding,
        (Direction.Worse, not Direction.Better) => Grade.Failing,
        _ => Grade.Meeting,
    };

    /// <summary>The direction of a difference estimate, for an indicator where higher is better (or lower, for ASB).</summary>
    public static Direction DirectionOf(DifferenceEstimate? difference, bool higherIsBetter = true)
    {
        if (difference is null || !difference.Significant) return Direction.NoSignificantDifference;
        var better = difference.Difference > 0 == higherIsBetter;
        return better ? Direction.Better : Direction.Worse;
    }
}
