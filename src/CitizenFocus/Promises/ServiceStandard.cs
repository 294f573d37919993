namespace CitizenFocus.Promises;

/// <summary>
/// A promise made to the public, as data: how long, on which calendar, when to warn, whether the
/// clock may pause, what share must be met, and where warnings and breaches go.
/// </summary>
public sealed class ServiceStandard
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>The Policing Pledge point (1–10) the standard keeps, if any.</summary>
    public int? PledgePoint { get; set; }

    /// <summary>The December 2010 public statement it serves, in the force's words.</summary>
    public string? PublicStatement { get; set; }

    public TimeSpan Target { get; set; }
    public CalendarKind Calendar { get; set; }

    /// <summary>Share of the target time after which the clock warns (0.75 = warn with a quarter left).</summary>
    public double WarningFraction { get; set; } = 0.75;

    /// <summary>Whether "waiting for the citizen" may stop the clock.</summary>
    public bool PauseAllowed { get; set; }

    /// <summary>The share of cases that must meet the standard (0.9 = 90%).</summary>
    public double TargetShare { get; set; } = 0.9;

    /// <summary>Whether a breach owes the citizen an explanation ("if we fail to keep to this we will explain why").</summary>
    public bool ExplanationOwed { get; set; }

    public EscalationLevel WarningGoesTo { get; set; } = EscalationLevel.WardSergeant;
    public EscalationLevel BreachGoesTo { get; set; } = EscalationLevel.Inspector;

    public TimeSpan WarningAfter => TimeSpan.FromTicks((long)(Target.Ticks * WarningFraction));
}
