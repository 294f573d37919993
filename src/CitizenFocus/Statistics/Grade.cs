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
    /// Grades both ways, as HMIC graded (2008 inspection, Appendix 3): better when significantly better
    /// than the peer average or than a year earlier, worse when significantly worse than either;
    /// exceeding when better and not worse, failing when worse and not better, meeting otherwise. So a
    /// significant fall on a year earlier fails a unit level with its peers, a significant rise credits
    /// a unit below them, and a unit better one way and worse the other meets the standard.
    /// No grade without a peer figure (<paramref name="versusPeers"/> null); with no figure a year
    /// earlier (<paramref name="versusEarlier"/> null) the peer comparison alone decides.
    /// </summary>
    public static Grade? Of(Direction? versusPeers, Direction? versusEarlier)
    {
        if (versusPeers is null) return null;
        var better = versusPeers == Direction.Better || versusEarlier == Direction.Better;
        var worse = versusPeers == Direction.Worse || versusEarlier == Direction.Worse;
        return (better, worse) switch
        {
            (true, false) => Grade.Exceeding,
            (false, true) => Grade.Failing,
            _ => Grade.Meeting,
        };
    }

    /// <summary>The direction of a difference estimate, for an indicator where higher is better (or lower, for ASB).</summary>
    public static Direction DirectionOf(DifferenceEstimate? difference, bool higherIsBetter = true)
    {
        if (difference is null || !difference.Significant) return Direction.NoSignificantDifference;
        var better = difference.Difference > 0 == higherIsBetter;
        return better ? Direction.Better : Direction.Worse;
    }
}
