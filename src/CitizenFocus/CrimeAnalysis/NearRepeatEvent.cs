namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// One event for a near-repeat analysis: where (projected coordinates in metres, such as British
/// National Grid eastings and northings) and on which day. The id is carried for the person reading
/// the input; the analysis does not use it.
/// </summary>
public sealed record NearRepeatEvent(string Id, double X, double Y, DateOnly Date);
