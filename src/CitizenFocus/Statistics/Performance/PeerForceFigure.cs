namespace CitizenFocus.Statistics.Performance;

/// <summary>
/// A Most Similar Force's published figure for a period as the force's comparison uses it: its interviews
/// divided by the survey's design effect (<see cref="Figure"/>) and the Wilson interval on that.
/// </summary>
public sealed record PeerForceFigure(PackUnit Force, Figure Figure, ProportionEstimate Interval);
