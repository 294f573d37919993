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

    /// <summary>The sign-in account holding the clock when it is not a team member (a partner agency's action owner).</summary>
    public string? AssigneeUserId { get; set; }

    /// <summary>The partner agency the record concerns, for partner queues and compliance by agency.</summary>
    public int? PartnerAgencyId { get; set; }

    /// <summary>For a recurring standard, the start of the period this clock covers; unique per standard and record.</summary>
    public DateTime? PeriodStart { get; set; }

    /// <summary>Dimension values, in the order of the standard's <see cref="ServiceStandard.Dimensions"/>.</summary>
    public string? Dimension1 { get; set; }
    public string? Dimension2 { get; set; }
    public string? Dimension3 { get; set; }
    public string? Dimension4 { get; set; }

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

    /// <param name="dueAt">
    /// The record's own deadline (an ETA given, an appointment, an agreed date); the standard's target
    /// when not given, and never later than it where the target is a ceiling.
    /// </param>
    public static Clock Start(ServiceStandard standard, WorkingCalendar calendar, ClockSubject subject, DateTime nowUtc, DateTime? dueAt = null)
    {
        var due = DeadlineFor(standard, calendar, nowUtc, dueAt);
        var clock = New(standard, subject);
        clock.Status = ClockStatus.Running;
        clock.StartedAt = nowUtc;
        clock.DueAt = due;
        clock.WarnAt = WarningFor(standard, calendar, nowUtc, due);
        clock.NextDueAt = clock.NextDue();
        return clock;
    }

    /// <summary>A clock written already ended, for standards measured from recorded times (999 answered within 10 seconds).</summary>
    public static Clock Decided(ServiceStandard standard, WorkingCalendar calendar, DecidedClock decided)
    {
        var due = DeadlineFor(standard, calendar, decided.StartedAt, decided.DueAt);
        var clock = New(standard, decided.Subject);
        clock.Status = ClockStatus.Ended;
        clock.StartedAt = decided.StartedAt;
        clock.DueAt = due;
        clock.WarnAt = WarningFor(standard, calendar, decided.StartedAt, due);
        clock.EndedAt = decided.EndedAt;
        clock.Outcome = decided.Outcome ?? (decided.EndedAt <= due ? ClockOutcome.Met : ClockOutcome.Breached);
        if (clock.Outcome == ClockOutcome.Breached)
        {
            clock.BreachedAt = due;
            clock.BreachReason = decided.BreachReason;
        }
        return clock;
    }

    /// <summary>The clock for one period of a recurring standard, from its period's start to its deadline.</summary>
    public static Clock ForPeriod(ServiceStandard standard, WorkingCalendar calendar, ClockSubject subject, DateTime periodStartUtc, DateTime dueUtc)
    {
        var clock = New(standard, subject);
        clock.Status = ClockStatus.Running;
        clock.PeriodStart = periodStartUtc;
        clock.StartedAt = periodStartUtc;
        clock.DueAt = dueUtc;
        clock.WarnAt = WarningFor(standard, calendar, periodStartUtc, dueUtc);
        clock.NextDueAt = clock.NextDue();
        return clock;
    }

    private static Clock New(ServiceStandard standard, ClockSubject subject)
    {
        var clock = new Clock
        {
            StandardId = standard.Id,
            RecordType = subject.RecordType, RecordId = subject.RecordId, Title = subject.Title,
            BoroughId = subject.BoroughId, WardId = subject.WardId, TeamId = subject.TeamId,
            AssigneeMemberId = subject.AssigneeMemberId, AssigneeUserId = subject.AssigneeUserId,
            PartnerAgencyId = subject.PartnerAgencyId,
        };
        if (subject.Dimensions is { Count: > 0 } dimensions)
            foreach (var (name, value) in dimensions)
                clock.SetDimension(standard.DimensionSlot(name)
                    ?? throw new ArgumentException($"{standard.Name} has no dimension \"{name}\" (it has: {standard.Dimensions})."), value);
        return clock;
    }

    public static DateTime DeadlineFor(ServiceStandard standard, WorkingCalendar calendar, DateTime startUtc, DateTime? dueAt)
    {
        var target = calendar.Add(startUtc, standard.Target);
        if (dueAt is not { } own) return target;
        if (own < startUtc) throw new ArgumentOutOfRangeException(nameof(dueAt), "A deadline cannot be before the clock starts.");
        return standard.TargetIsCeiling && own > target ? target : own;
    }

    /// <summary>Warns after the standard's share of the clock's own time (of working time, on a working calendar).</summary>
    private static DateTime WarningFor(ServiceStandard standard, WorkingCalendar calendar, DateTime startUtc, DateTime dueUtc) =>
        calendar.Add(startUtc, TimeSpan.FromTicks((long)(calendar.Between(startUtc, dueUtc).Ticks * standard.WarningFraction)));

    public string? Dimension(int slot) => slot switch
    {
        0 => Dimension1, 1 => Dimension2, 2 => Dimension3, 3 => Dimension4,
        _ => throw new ArgumentOutOfRangeException(nameof(slot)),
    };

    private void SetDimension(int slot, string? value)
    {
        switch (slot)
        {
            case 0: Dimension1 = value; break;
            case 1: Dimension2 = value; break;
            case 2: Dimension3 = value; break;
            case 3: Dimension4 = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(slot));
        }
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

    /// <summary>
    /// Ends the clock by an event that happened at <paramref name="atUtc"/> (a meeting held, an update
    /// published), recorded now or later: met when the event was in time, whatever a sweep raised
    /// meanwhile because the record was entered late.
    /// </summary>
    public ClockOutcome Fulfil(DateTime atUtc, DateTime nowUtc)
    {
        if (Status == ClockStatus.Ended) throw new InvalidOperationException("The clock has already ended.");
        Outcome = atUtc <= DueAt ? ClockOutcome.Met : ClockOutcome.Breached;
        if (Outcome == ClockOutcome.Breached) BreachedAt ??= DueAt;
        Status = ClockStatus.Ended;
        EndedAt = atUtc < nowUtc ? atUtc : nowUtc;
        PausedAt = null;
        NextDueAt = null;
        return Outcome.Value;
    }

    /// <summary>Ends a clock whose promise no longer applies (the victim's contract ended); not counted in compliance.</summary>
    public void Withdraw(DateTime nowUtc)
    {
        if (Status == ClockStatus.Ended) throw new InvalidOperationException("The clock has already ended.");
        Outcome = ClockOutcome.NotApplicable;
        Status = ClockStatus.Ended;
        EndedAt = nowUtc;
        PausedAt = null;
        NextDueAt = null;
    }

    /// <summary>Whether ending now would breach (for forms that must ask for an explanation first).</summary>
    public bool WouldBreach(DateTime nowUtc) => BreachedAt is not null || (Status == ClockStatus.Running && nowUtc > DueAt);

    /// <summary>The next instant a sweep has work on this clock: its warning, then its deadline.</summary>
    public DateTime? NextDue() => Status != ClockStatus.Running ? null
        : WarnedAt is null ? WarnAt
        : BreachedAt is null ? DueAt
        : null;
}
