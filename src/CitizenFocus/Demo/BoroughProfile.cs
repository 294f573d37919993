namespace CitizenFocus.Demo;

/// <summary>
/// How well a demo borough performs, calibrated to the figures the seeds publish
/// (docs/reference/seed_figures.csv), so that reports find what HMIC found.
/// </summary>
internal sealed record BoroughProfile(
    double Confidence,
    double Respect,
    double HeardOfTeam,
    double VictimSatisfaction,
    double SatisfactionChangeYearOnYear,
    double EmergencyAnsweredIn10s,
    double AttendanceMeanMinutes,
    double CallsPerResidentYear,
    double CrimesPerResidentYear,
    double MessagesAnsweredIn24h);
