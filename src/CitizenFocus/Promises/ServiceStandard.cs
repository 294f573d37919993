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

    /// <summary>The role (see <c>Roles</c>) whose holders, within the record's scope, receive warnings when <see cref="WarningGoesTo"/> is <see cref="EscalationLevel.Role"/>.</summary>
    public string? WarningRole { get; set; }

    /// <summary>The role whose holders, within the record's scope, receive breaches when <see cref="BreachGoesTo"/> is <see cref="EscalationLevel.Role"/>.</summary>
    public string? BreachRole { get; set; }

    /// <summary>
    /// Whether <see cref="Target"/> is also the latest a record's own deadline may be. A caller's ETA
    /// may be sooner than the standard's hour but never later; an appointment may be any agreed time.
    /// </summary>
    public bool TargetIsCeiling { get; set; }

    public Recurrence Recurrence { get; set; }

    /// <summary>Months or days between periods of a recurring standard.</summary>
    public int RecurrenceInterval { get; set; } = 1;

    public RecurrenceUnit RecursPer { get; set; }

    /// <summary>The first period of a unit-recurring standard (UK date); none opens before it, and none at all while it is empty.</summary>
    public DateOnly? RecursFrom { get; set; }

    /// <summary>Working days after a period ends by which it must be fulfilled (a monthly update within 10 working days of month end); 0 = by the period's end.</summary>
    public int DueWorkingDaysAfterPeriod { get; set; }

    /// <summary>
    /// Names of the values each clock carries for breaking compliance down ("grade,channel"), at most
    /// <see cref="MaxDimensions"/>, comma-separated; kept in the clock's numbered dimension columns in this order.
    /// </summary>
    public string? Dimensions { get; set; }

    public const int MaxDimensions = 4;

    public IReadOnlyList<string> DimensionNames =>
        string.IsNullOrWhiteSpace(Dimensions) ? [] : [.. Dimensions.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The clock column (0-based) that holds the named dimension, or null when the standard has no such dimension.</summary>
    public int? DimensionSlot(string name)
    {
        var names = DimensionNames;
        for (var i = 0; i < names.Count && i < MaxDimensions; i++)
            if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        return null;
    }

    /// <summary>Whether the standard promises every case (a 100% target): compliance then reports breaches, not a test against the target.</summary>
    public bool EveryCase => TargetShare >= 1.0;

    public TimeSpan WarningAfter => TimeSpan.FromTicks((long)(Target.Ticks * WarningFraction));
}
