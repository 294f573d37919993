using CitizenFocus.Organisation;
using CitizenFocus.Statistics;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>One unit's year-to-date count for one crime group, against the same days of the previous year.</summary>
public sealed record YearToDateRow(
    OrgLevel Level,
    string UnitCode,
    string UnitName,
    string GroupCode,
    string GroupName,
    AnalysisPeriod Period,
    AnalysisPeriod PreviousPeriod,
    CountComparison Comparison);
