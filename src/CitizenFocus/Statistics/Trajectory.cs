namespace CitizenFocus.Statistics;

/// <summary>A value (a proportion 0–1) to be reached by a date; only the month of the date counts.</summary>
public sealed record Milestone(DateOnly Date, double Value);

/// <summary>An estimate judged against a trajectory, counting only differences its interval can show.</summary>
public enum TrackStatus
{
    /// <summary>The whole interval lies below the trajectory: significantly behind.</summary>
    OffTrack = -1,
    /// <summary>The interval includes the trajectory: not significantly different from it.</summary>
    OnTrack = 0,
    /// <summary>The whole interval lies above the trajectory: significantly ahead.</summary>
    Ahead = 1,
}

/// <summary>
/// A straight-line path from a baseline through interim milestones to a target, month by month: the
/// expectation an estimate is judged against on the way to a target (seed 003 judges the MPS against a
/// trajectory towards 59.4% public confidence by March 2012, with an interim 55.4% by March 2011).
/// </summary>
public sealed class Trajectory
{
    private readonly Milestone[] _points;

    /// <param name="baseline">Where the path starts.</param>
    /// <param name="milestones">Interim milestones and, last, the target; each in a later month than the one before.</param>
    public Trajectory(Milestone baseline, IEnumerable<Milestone> milestones)
    {
        _points = [baseline, .. milestones];
        if (_points.Length < 2) throw new ArgumentException("A trajectory needs a target after its baseline.", nameof(milestones));
        for (var i = 1; i < _points.Length; i++)
        {
            if (MonthIndex(_points[i].Date) <= MonthIndex(_points[i - 1].Date))
                throw new ArgumentException("Each milestone must fall in a later month than the one before.", nameof(milestones));
        }
    }

    public Milestone Baseline => _points[0];

    public Milestone Target => _points[^1];

    public IReadOnlyList<Milestone> Points => _points;

    /// <summary>
    /// The value expected in the month of <paramref name="date"/>, interpolated linearly in months between
    /// the milestones either side. Before the baseline it is the baseline value; after the target, the target.
    /// </summary>
    public double ExpectedAt(DateOnly date)
    {
        var month = MonthIndex(date);
        if (month <= MonthIndex(Baseline.Date)) return Baseline.Value;
        if (month >= MonthIndex(Target.Date)) return Target.Value;
        var next = Array.FindIndex(_points, p => MonthIndex(p.Date) >= month);
        var (from, to) = (_points[next - 1], _points[next]);
        var fraction = (double)(month - MonthIndex(from.Date)) / (MonthIndex(to.Date) - MonthIndex(from.Date));
        return from.Value + fraction * (to.Value - from.Value);
    }

    /// <summary>
    /// On track when the interval reaches the trajectory (its upper bound at or above the expected value,
    /// so not significantly below); off track when the whole interval is below it; ahead when the whole
    /// interval is above it.
    /// </summary>
    public TrackStatus Judge(DateOnly date, ProportionEstimate estimate)
    {
        var expected = ExpectedAt(date);
        if (estimate.Low > expected) return TrackStatus.Ahead;
        if (estimate.High < expected) return TrackStatus.OffTrack;
        return TrackStatus.OnTrack;
    }

    private static int MonthIndex(DateOnly date) => date.Year * 12 + date.Month - 1;
}
