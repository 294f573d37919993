namespace CitizenFocus.CrimeAnalysis;

/// <summary>The Knox table of a near-repeat analysis, with what it was computed from.</summary>
/// <param name="Events">How many events were analysed.</param>
/// <param name="Pairs">Pairs of events within the distance bands (from the first boundary to less than the last), whether or not in a time band.</param>
/// <param name="Cells">One per distance band and time band: distance bands in order, and within each the time bands in order.</param>
public sealed record NearRepeatResult(
    NearRepeatParameters Parameters, int Events, long Pairs, IReadOnlyList<NearRepeatCell> Cells);
