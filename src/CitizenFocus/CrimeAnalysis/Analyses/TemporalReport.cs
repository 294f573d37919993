namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// Crimes by hour of day and day of week on London clocks for one unit, crime group (null for all crime)
/// and period. <see cref="Counts"/> is [hour 0–23, day 0 = Monday … 6 = Sunday], as
/// <see cref="TemporalProfile.HourByWeekday"/>; the peak is the busiest hour and day (the earliest in the
/// week on a tie), null when there are no crimes.
/// </summary>
public sealed record TemporalReport(AnalysisUnit Unit, string? GroupCode, AnalysisPeriod Period, int[,] Counts, int Total, int? PeakHour, DayOfWeek? PeakDay)
{
    public int this[int hour, DayOfWeek day] => Counts[hour, TemporalProfile.MondayFirst(day)];
}
