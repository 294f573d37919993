using CitizenFocus.Statistics;

namespace CitizenFocus.Tests.Statistics;

/// <summary>
/// The BCS confidence trajectory of seed 003: target 59.4% by March 2012, interim 55.4% by March 2011;
/// 53.1% (95% interval 50.5–55.7) seen in the year to December 2009. The baseline (51.0% in March 2009) is
/// assumed for the test.
/// </summary>
public sealed class TrajectoryTests
{
    private static readonly Trajectory Confidence = new(
        new Milestone(new DateOnly(2009, 3, 31), 0.510),
        [new Milestone(new DateOnly(2011, 3, 31), 0.554), new Milestone(new DateOnly(2012, 3, 31), 0.594)]);

    [Fact]
    public void December_2009_is_nine_of_the_24_months_from_baseline_to_the_interim_target()
    {
        // 51.0 + (55.4 − 51.0) × 9/24 = 51.0 + 1.65 = 52.65%.
        Assert.Equal(0.5265, Confidence.ExpectedAt(new DateOnly(2009, 12, 1)), 12);
    }

    [Fact]
    public void Between_the_interim_and_the_final_target_the_second_line_applies()
    {
        // September 2011: 55.4 + (59.4 − 55.4) × 6/12 = 57.4%.
        Assert.Equal(0.574, Confidence.ExpectedAt(new DateOnly(2011, 9, 15)), 12);
    }

    [Theory]
    [InlineData(2009, 3, 0.510)]
    [InlineData(2011, 3, 0.554)]
    [InlineData(2012, 3, 0.594)]
    [InlineData(2008, 6, 0.510)]   // before the baseline: the baseline
    [InlineData(2013, 1, 0.594)]   // after the target: the target
    public void Milestone_months_and_the_ends_take_their_own_values(int year, int month, double expected) =>
        Assert.Equal(expected, Confidence.ExpectedAt(new DateOnly(year, month, 1)), 12);

    [Fact]
    public void The_seed_figure_of_531_percent_is_on_track_in_december_2009()
    {
        // 50.5–55.7 includes 52.65: not significantly different from the trajectory.
        var estimate = new ProportionEstimate(0.531, 0.505, 0.557);
        Assert.Equal(TrackStatus.OnTrack, Confidence.Judge(new DateOnly(2009, 12, 31), estimate));
    }

    [Fact]
    public void The_same_interval_is_off_track_by_september_2011()
    {
        // Expected 57.4% by then; 55.7% is the interval's top.
        var estimate = new ProportionEstimate(0.531, 0.505, 0.557);
        Assert.Equal(TrackStatus.OffTrack, Confidence.Judge(new DateOnly(2011, 9, 30), estimate));
    }

    [Fact]
    public void An_interval_wholly_above_the_trajectory_is_ahead()
    {
        var estimate = new ProportionEstimate(0.555, 0.530, 0.580);
        Assert.Equal(TrackStatus.Ahead, Confidence.Judge(new DateOnly(2009, 12, 31), estimate));
    }

    [Fact]
    public void An_upper_bound_exactly_on_the_trajectory_is_on_track()
    {
        var december = new DateOnly(2009, 12, 31);
        var estimate = new ProportionEstimate(0.50, 0.48, Confidence.ExpectedAt(december));
        Assert.Equal(TrackStatus.OnTrack, Confidence.Judge(december, estimate));
    }

    [Fact]
    public void Milestones_must_move_forward_month_by_month()
    {
        Assert.Throws<ArgumentException>(() => new Trajectory(
            new Milestone(new DateOnly(2011, 3, 1), 0.5),
            [new Milestone(new DateOnly(2011, 3, 31), 0.55)]));
    }
}
