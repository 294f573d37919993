namespace CitizenFocus.Retention;

/// <summary>The event a retention period is counted from.</summary>
public enum RetentionEvent
{
    /// <summary>The record's own date: when a call was received.</summary>
    RecordDate = 0,

    /// <summary>When the record was closed: a message replied to.</summary>
    Closure = 1,

    /// <summary>The last contact with the person.</summary>
    LastContact = 2,
}
