namespace CitizenFocus.Audit;

/// <summary>
/// The one way a consultation of personal data enters the audit trail (DPA 2018 s.62), for pages, the JSON API
/// and the command line alike. <see cref="AuditLog"/> refuses consultations from anywhere else, so a new reader
/// cannot log one differently, or forget the channel.
/// <para>
/// The actor is the accountable person: a web user's sign-in name, or <c>cli:</c> and the operating-system
/// account for the command line. Callers record the read before they show or write the data, so that a failure
/// to audit stops the read rather than leaving it unrecorded.
/// </para>
/// </summary>
public sealed class PersonalDataReads(AuditLog audit)
{
    public async Task RecordAsync(string actor, ReadChannel channel, PersonalDataRead read, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await audit.AppendConsultationAsync(new AuditRecord(actor, AuditAction.Consultation, read.RecordType, read.RecordId,
            Detail: Describe(channel, read)), ct);
    }

    /// <summary>"Viewed on a page", "Downloaded as a file: …", "Written by the command line to /tmp/v.csv: …".</summary>
    internal static string Describe(ReadChannel channel, PersonalDataRead read)
    {
        var how = channel switch
        {
            ReadChannel.Page => "Viewed on a page",
            ReadChannel.Download => "Downloaded as a file",
            ReadChannel.Api => "Read through the API",
            ReadChannel.CommandLine => "Written by the command line",
            _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown read channel."),
        };
        if (read.Destination is { Length: > 0 } destination) how += " to " + destination;
        return read.Summary is null ? how : $"{how}: {read.Summary}";
    }
}
