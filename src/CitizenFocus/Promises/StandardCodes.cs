namespace CitizenFocus.Promises;

/// <summary>Codes of the standards the product ships with; forces may add their own rows.</summary>
public static class StandardCodes
{
    /// <summary>Pledge 4: respond to every message to your neighbourhood team within 24 hours.</summary>
    public const string TeamMessage = "TEAM-MESSAGE-24H";

    /// <summary>Pledge 5: answer 999 calls within 10 seconds (90% of them), decided from the recorded answer time.</summary>
    public const string EmergencyAnswered = "CALL-999-ANSWER-10S";

    /// <summary>A record a retention rule brought up for review (MoPI) is reviewed, and kept or disposed of, within 28 days.</summary>
    public const string RecordReview = "RECORD-REVIEW-28D";

    /// <summary>A subject access request is answered within one calendar month of its receipt (each request's own deadline).</summary>
    public const string SubjectAccess = "SUBJECT-ACCESS-1M";
}
