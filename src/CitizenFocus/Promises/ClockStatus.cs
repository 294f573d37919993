namespace CitizenFocus.Promises;

public enum ClockStatus
{
    Running = 0,
    Paused = 1,
    Ended = 2,
}

public enum ClockOutcome
{
    Met = 0,
    Breached = 1,

    /// <summary>The promise no longer applied (a victim's contract ended before the update fell due); not counted in compliance.</summary>
    NotApplicable = 2,
}
