namespace CitizenFocus.Promises;

/// <summary>
/// One promise running for one record: started by an event, it warns, may pause and resume, and
/// ends met or breached. <see cref="NextDueAt"/> is the next instant a sweep must look at it (null
/// when nothing is due), so sweeps read due clocks by index and never scan open ones.
/// </summary>
public sealed class Clock
{
    public long Id { get; set; }
    public int StandardId { get; set; }
    public required string RecordType { get; set; }
    public required string RecordId { get; set; }

    /// <summary>A short line for queues ("Message from A. Khan: parking"), so queues need not read the record's tables.</summary>
    public string? Title { get; set; }
    public int? BoroughId { get; set; }
    public int? WardId { get; set; }
    public int? TeamId { get; set; }
    public int? AssigneeMemberId { get; set; }

    public ClockStatus Status { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime WarnAt { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime? NextDueAt { get; set; }

    public DateTime? PausedAt { get; set; }
    public TimeSpan? RemainingAtPause { get; set; }
    public TimeSpan? WarningRemainingAtPause { get; set; }

    public DateTime? WarnedAt { get; set; }

    /// <summary>When the promise was broken (the deadline), set once by a sweep or at a late ending.</summary>
    public DateTime? BreachedAt { get; set; }

    public DateTime? EndedAt { get; set; }
    public ClockOutcome? Outcome { get; set; }
    public string? BreachReason { get; set; }

    /// <summary>What the citizen was told about the breach, when the standard owes an explanation.</summary>
    public string? Explanation { get; set; }

    public static Clock Start(ServiceStandard standard, WorkingCalendar calendar, ClockSubject subject, DateTime nowUtc)
    {
        var clock = new Clock
        {
            StandardId = standard.Id,
            RecordType = subject.RecordType, RecordId = subject.RecordId, Title = subject.Title,
            BoroughId = subject.BoroughId, WardId = subject.WardId, TeamId = subject.TeamId,
            AssigneeMemberId = subject.AssigneeMemberId,
            Status = ClockStatus.Running,
            StartedAt = nowUtc,
            WarnAt = calendar.Add(nowUtc, standard.WarningAfter),
            DueAt = calendar.Add(nowUtc, standard.Target),
        };
        clock.NextDueAt = clock.NextDue();
        return clock;
    }

    public void Pause(ServiceStandard standard, WorkingCalendar calendar, DateTime nowUtc)
    {
        if (!standard.PauseAllowed) throw new InvalidOperationException($"{standard.Name} does not allow the clock to pause.");
        if (Status != ClockStatus.Running) throw new InvalidOperationException("Only a running clock can pause.");
        if (WouldBreach(nowUtc)) throw new InvalidOperationException("The deadline has passed: an overdue clock cannot pause.");
        RemainingAtPause = calendar.Between(nowUtc, DueAt);
        WarningRemainingAtPause = calendar.Between(nowUtc, WarnAt);
        PausedAt = nowUtc;
        Status = ClockStatus.Paused;
        NextDueAt = null;
    }

    public void Resume(WorkingCalendar calendar, DateTime nowUtc)
    {
        if (Status != ClockStatus.Paused) throw new InvalidOperationException("Only a paused clock can resume.");
        DueAt = calendar.Add(nowUtc, RemainingAtPause ?? TimeSpan.Zero);
        if (WarnedAt is null) WarnAt = calendar.Add(nowUtc, WarningRemainingAtPause ?? TimeSpan.Zero);
        PausedAt = null;
        RemainingAtPause = null;
        WarningRemainingAtPause = null;
        Status = ClockStatus.Running;
        NextDueAt = NextDue();
    }

    /// <summary>Ends the clock: met if the work was done by the deadline, breached otherwise.</summary>
    public ClockOutcome End(DateTime nowUtc, string? breachReason = null, string? explanation = null)
    {
        if (Status == ClockStatus.Ended) throw new InvalidOperationException("The clock has already ended.");
        var late = BreachedAt is not null || (Status == ClockStatus.Running && nowUtc > DueAt);
        if (late)
        {
            BreachedAt ??= DueAt;
            BreachReason = breachReason ?? BreachReason;
            Explanation = explanation;
        }
        Outcome = late ? ClockOutcome.Breached : ClockOutcome.Met;
        Status = ClockStatus.Ended;
        EndedAt = nowUtc;
        PausedAt = null;
        NextDueAt = null;
        return Outcome.Value;
    }

    /// <summary>Whether ending now would breach (for forms that must ask for an explanation first).</summary>
    public bool WouldBreach(DateTime nowUtc) => BreachedAt is not null || (Status == ClockStatus.Running && nowUtc > DueAt);

    /// <summary>The next instant a sweep has work on this clock: its warning, then its deadline.</summary>
    public DateTime? NextDue() => Status != ClockStatus.Running ? null
        : WarnedAt is null ? WarnAt
        : BreachedAt is null ? DueAt
        : null;
}
