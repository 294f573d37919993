namespace CitizenFocus.Audit;

/// <summary>
/// One consultation of personal data: the record read (or the listing of people, for an analysis that names
/// victims or offenders), with a summary of what it showed. Made only through the factories below, so that a
/// call, a message or an analysis is named the same way in the trail whoever reads it and however.
/// </summary>
public sealed record PersonalDataRead
{
    private PersonalDataRead(string recordType, string recordId, string? summary)
    {
        RecordType = recordType;
        RecordId = recordId;
        Summary = summary;
    }

    public string RecordType { get; }
    public string RecordId { get; }

    /// <summary>What the reader saw, in a few words (the period and how many people); null when the record says it all.</summary>
    public string? Summary { get; }

    /// <summary>Where the data went when it left the system: the file the command line wrote.</summary>
    public string? Destination { get; init; }

    /// <summary>A call from the public, with the caller's details.</summary>
    public static PersonalDataRead Call(string reference) => new("Call", reference, null);

    /// <summary>A message to a team, with the citizen's details.</summary>
    public static PersonalDataRead Message(string reference) => new("Message", reference, null);

    /// <summary>A record found for a subject access request, with the personal details it holds about the person.</summary>
    public static PersonalDataRead ForSubjectAccess(string recordType, string recordId, string requestReference) =>
        new(recordType, recordId, $"found for subject access request {requestReference}");

    /// <summary>A subject access request: who asked, and what they are known by.</summary>
    public static PersonalDataRead SubjectAccessRequest(string reference) => new("SubjectAccess", reference, null);

    /// <summary>
    /// A crime analysis that lists victims or offenders by reference (pseudonymous, still personal data), for one
    /// unit: the record id is "analysis:unit code", so that the trail answers "who looked at Barking's repeat victims".
    /// </summary>
    public static PersonalDataRead CrimeAnalysis(string analysis, string unitCode, string summary) =>
        new("CrimeAnalysis", $"{analysis}:{unitCode}", summary);
}
