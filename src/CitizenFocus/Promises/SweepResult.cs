namespace CitizenFocus.Promises;

/// <summary>What one sweep raised. A clock already raised by another sweep counts in neither.</summary>
public sealed record SweepResult(int ClocksExamined, int WarningsRaised, int BreachesRaised);
