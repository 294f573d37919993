namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// One cell of the Knox table: the pairs of events at least <see cref="DistanceFrom"/> and less than
/// <see cref="DistanceTo"/> apart in space, and at least <see cref="TimeFrom"/> and less than
/// <see cref="TimeTo"/> days apart in time.
/// </summary>
/// <param name="Observed">Pairs in the cell with the dates as recorded.</param>
/// <param name="Expected">The mean count over the permutations, where dates are shuffled among the places.</param>
/// <param name="Ratio">Observed ÷ expected (the Knox ratio); null when nothing was expected.</param>
/// <param name="PValue">
/// (permutations with a count at least the observed one + 1) ÷ (permutations + 1): how often shuffled
/// dates pair up this closely, counting the observed arrangement as one of them.
/// </param>
public sealed record NearRepeatCell(
    double DistanceFrom, double DistanceTo, int TimeFrom, int TimeTo,
    long Observed, double Expected, double? Ratio, double PValue);
