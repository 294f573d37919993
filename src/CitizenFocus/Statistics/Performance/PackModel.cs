using CitizenFocus.Organisation;

namespace CitizenFocus.Statistics.Performance;

/// <summary>A unit the pack reports on.</summary>
public sealed record PackUnit(OrgLevel Level, int Id, string Code, string Name, int? ParentId);

/// <summary>The rolling window a monthly figure covers: the <see cref="WindowMonths"/> months ending with <see cref="Month"/>.</summary>
public sealed record PackPeriod(DateOnly Month, int WindowMonths)
{
    public static PackPeriod Ending(DateOnly month, int windowMonths) => new(new DateOnly(month.Year, month.Month, 1), windowMonths);

    public DateOnly Start => Month.AddMonths(1 - WindowMonths);
    public DateOnly End => Month.AddMonths(1).AddDays(-1);

    /// <summary>The same window a year earlier, for the trend.</summary>
    public PackPeriod YearEarlier => this with { Month = Month.AddYears(-1) };

    public PackPeriod MonthsEarlier(int months) => this with { Month = Month.AddMonths(-months) };

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public string Label => WindowMonths == 1
        ? Month.ToString("MMMM yyyy", Culture)
        : $"{WindowMonths} months to {Month.ToString("MMMM yyyy", Culture)}";

    private static readonly System.Globalization.CultureInfo Culture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
}

/// <summary>Where a unit's figure came from.</summary>
public enum FigureSource
{
    Survey = 0,
    Published = 1,
}

/// <summary>
/// One unit's estimate of one indicator over one period, with its comparisons and grade. <see cref="NEff"/>
/// is the effective sample the interval uses (after weighting and the survey's design effect);
/// <see cref="PeerUnits"/> are the codes of the units whose mean is <see cref="PeerEstimate"/>, the unit
/// itself included when the options say so; <see cref="PeersLeftOut"/> are the members of the unit's
/// <see cref="PeerGroup"/> left out of that mean for too small a sample; <see cref="NotGraded"/> says why
/// <see cref="Grade"/> is null.
/// </summary>
public sealed record IndicatorResult(
    PackUnit Unit,
    IndicatorDefinition Indicator,
    PackPeriod Period,
    int N,
    double NEff,
    FigureSource Source,
    ProportionEstimate? Estimate,
    double? PeerEstimate,
    DifferenceEstimate? VersusPeer,
    double? PriorEstimate,
    DifferenceEstimate? VersusPrior,
    Grade? Grade,
    bool Insufficient,
    IReadOnlyList<string> PeerUnits,
    NotGradedReason? NotGraded,
    double DesignEffect,
    IReadOnlyList<string> PeersLeftOut,
    PeerGroups.PeerGroup PeerGroup)
{
    public Direction PeerDirection => Grading.DirectionOf(VersusPeer, Indicator.HigherIsBetter);
    public Direction TrendDirection => Grading.DirectionOf(VersusPrior, Indicator.HigherIsBetter);
}
