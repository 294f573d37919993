namespace CitizenFocus.Promises;

/// <summary>How often a recurring standard opens a new clock.</summary>
public enum Recurrence
{
    /// <summary>One clock per event (a message, a call): started by the record, not by the calendar.</summary>
    None = 0,

    /// <summary>Every <see cref="ServiceStandard.RecurrenceInterval"/> calendar months, on UK dates.</summary>
    Months = 1,

    /// <summary>Every <see cref="ServiceStandard.RecurrenceInterval"/> days (a victim's agreed update, say).</summary>
    Days = 2,
}

/// <summary>What a recurring standard recurs for: each unit of a kind, or each record that starts a series.</summary>
public enum RecurrenceUnit
{
    /// <summary>Each record that starts a series through <see cref="Clocks.StartSeriesAsync"/> (a victim contact contract).</summary>
    Record = 0,
    Ward = 1,

    /// <summary>Each ward team (Safer Neighbourhood Team).</summary>
    Team = 2,
    Borough = 3,
}
