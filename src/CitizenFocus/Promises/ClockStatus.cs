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
}
