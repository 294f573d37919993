namespace CitizenFocus.Demo;

public sealed record DemoSummary(
    DemoScale Scale, int Seed, int Areas, int Boroughs, int Wards, int Teams, int Staff,
    long Calls, long Crimes, long SurveyAnswers, long TotalRows, TimeSpan Elapsed,
    long TeamMessages = 0, long ClockRows = 0)
{
    public double RowsPerSecond => TotalRows / Math.Max(Elapsed.TotalSeconds, 1e-9);
}
