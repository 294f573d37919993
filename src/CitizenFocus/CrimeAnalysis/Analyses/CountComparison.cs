namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// A period's count against an earlier period's: the change, the percentage change (null when the earlier
/// count is zero) and the exact Poisson test of R's poisson.test, the periods' lengths in days as exposures.
/// <see cref="Significant"/> is p &lt; 0.05, so that the flag always agrees with the p-value shown beside it.
/// </summary>
public sealed record CountComparison(int Count, int PreviousCount, int Change, double? PercentChange, double PValue, bool Significant)
{
    public const double SignificanceLevel = 0.05;

    public static CountComparison Of(int count, int previousCount, double days = 1, double previousDays = 1)
    {
        var test = CountChange.PoissonTest(count, previousCount, days, previousDays);
        return new CountComparison(count, previousCount, count - previousCount,
            CountChange.PercentChange(count, previousCount), test.PValue, test.PValue < SignificanceLevel);
    }
}
