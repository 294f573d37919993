namespace CitizenFocus.Retention;

/// <summary>The rules a new installation starts with, before an administrator sets the force's own.</summary>
public static class RetentionDefaults
{
    public const string Message = "Message";
    public const string Call = "Call";
    public const string Crime = "Crime";

    /// <summary>No record is touched before the product's first retention release.</summary>
    public static readonly DateTime Start = new(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// MoPI's groups, by the crime groups the product holds: public protection matters and serious violent or sexual
    /// offences are reviewed ten years after they were recorded (and every ten years while kept); all other crimes six.
    /// </summary>
    private static readonly (string Group, string Basis)[] TenYearReview =
    [
        ("homicide", "MoPI group 1 (certain public protection matters): reviewed every ten years, kept while needed."),
        ("rape", "MoPI group 1 (certain public protection matters): reviewed every ten years, kept while needed."),
        ("most-serious-violence", "MoPI group 2 (other sexual, violent or serious offences): reviewed ten years after it was recorded."),
        ("robbery", "MoPI group 2 (violent offences): reviewed ten years after it was recorded."),
        ("knife-crime", "MoPI group 2 (violent offences): reviewed ten years after it was recorded."),
        ("gun-crime", "MoPI group 2 (serious offences): reviewed ten years after it was recorded."),
    ];

    public static RetentionRule[] Rules() =>
    [
        .. Fixed(),
        .. TenYearReview.Select((g, i) => new RetentionRule
        {
            Id = 3 + i, RecordType = Crime, Category = g.Group, CountedFrom = RetentionEvent.RecordDate, PeriodDays = 3652,
            Outcome = RetentionOutcome.Review, AppliesFrom = Start, ChangedBy = "system:seed", Basis = g.Basis,
        }),
        new()
        {
            Id = 3 + TenYearReview.Length, RecordType = Crime, Category = null, CountedFrom = RetentionEvent.RecordDate, PeriodDays = 2191,
            Outcome = RetentionOutcome.Review, AppliesFrom = Start, ChangedBy = "system:seed",
            Basis = "MoPI group 3 (all other offences): reviewed six years after it was recorded; the victim and offender references and the place are removed when it is disposed of.",
        },
    ];

    private static RetentionRule[] Fixed() =>
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
