namespace CitizenFocus.Retention;

/// <summary>The rules a new installation starts with, before an administrator sets the force's own.</summary>
public static class RetentionDefaults
{
    public const string Message = "Message";
    public const string Call = "Call";

    /// <summary>No record is touched before the product's first retention release.</summary>
    public static readonly DateTime Start = new(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static RetentionRule[] Rules() =>
    [
        new()
        {
            Id = 1, RecordType = Message, CountedFrom = RetentionEvent.Closure, PeriodDays = 2 * 365, Outcome = RetentionOutcome.Anonymise,
            AppliesFrom = Start, ChangedBy = "system:seed",
            Basis = "Non-crime contact with a neighbourhood team: kept two years after the reply for complaints and follow-up, then anonymised; the promise clock stays for compliance.",
        },
        new()
        {
            Id = 2, RecordType = Call, CountedFrom = RetentionEvent.RecordDate, PeriodDays = 2 * 365, Outcome = RetentionOutcome.Anonymise,
            AppliesFrom = Start, ChangedBy = "system:seed",
            Basis = "Calls from the public: the caller's name, number and location kept two years from the call, then anonymised; answer and attendance times stay for the 999 and attendance figures.",
        },
    ];
}
