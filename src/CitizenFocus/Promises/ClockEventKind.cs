namespace CitizenFocus.Promises;

public enum ClockEventKind
{
    Started = 0,
    Warned = 1,
    Breached = 2,
    Paused = 3,
    Resumed = 4,
    Met = 5,
    EndedBreached = 6,
    Reassigned = 7,

    /// <summary>The promise stopped applying (a series stopped before the period fell due).</summary>
    Withdrawn = 8,
}
