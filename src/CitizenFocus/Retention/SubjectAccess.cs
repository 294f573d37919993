using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Cryptography;
using CitizenFocus.Audit;
using CitizenFocus.Calls;
using CitizenFocus.Common;
using CitizenFocus.Contact;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Data;
using CitizenFocus.Promises;
using CitizenFocus.Reporting;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Retention;

public sealed record OpenSubjectAccessInput(string? Name, string? Phone, string? Email, string? Address, string? RecordKey, DateOnly? ReceivedOn);

public sealed record SubjectAccessSummary(string Reference, string SubjectName, DateTime ReceivedAt, DateTime DueAt, DateTime? DisclosedAt, int Records);

/// <summary>One record found, with what it holds now (null when it no longer holds personal data).</summary>
public sealed record SubjectAccessRecord(long ItemId, string RecordType, string RecordId, string MatchedOn, bool Withheld, string? Exemption,
    PersonalDataMatch? Held);

public sealed record SubjectAccessView(string Reference, string SubjectName, string? Phone, string? Email, string? Address, string? RecordKey,
    DateTime ReceivedAt, DateTime DueAt, DateTime? DisclosedAt, string? DisclosedBy, IReadOnlyList<SubjectAccessRecord> Records);

/// <summary>The disclosure pack: what is held and given, and what is withheld with its exemption (no content).</summary>
public sealed record DisclosurePack(string Reference, string Subject, string ReceivedOn, string DueOn, string GeneratedAt,
    IReadOnlyList<PersonalDataMatch> Records, IReadOnlyList<WithheldRecord> Withheld);

public sealed record WithheldRecord(string RecordType, string RecordId, string Exemption);

/// <summary>
/// Subject access (DPA 2018 s.45): staff log a request, which starts its one-calendar-month clock and searches every
/// capability that holds personal data (calls, messages, crimes) for the person: by exact name, phone, e-mail, address
/// or record key, never by a name that is only similar. Every record found, and every later view of them, is a
/// consultation in the audit trail. A reviewer withholds a record under an exemption; the disclosure pack (PDF and
/// JSON) lists what is given and what is withheld, and sending it ends the clock and writes a disclosure per record.
/// </summary>
public sealed class SubjectAccess(CitizenFocusDb db, AuditLog audit, PersonalDataReads reads, Clocks clocks,
    FindCallsAbout calls, FindMessagesAbout messages, FindCrimesAbout crimes, TimeProvider time)
{
    public const string RecordType = "SubjectAccess";

    public async Task<Result<string>> OpenAsync(OpenSubjectAccessInput input, string actor, ReadChannel channel, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var errors = Validate(input, UkTime.Today(time));
        if (errors.Count > 0) return Result.Invalid(errors);
        var received = input.ReceivedOn is { } day ? UkTime.StartOfDayUtc(day) : now;
        // One calendar month: the same date next month (the last day of a shorter month), at the end of that day.
        var receivedDay = input.ReceivedOn ?? UkTime.Today(time);
        var due = UkTime.StartOfDayUtc(receivedDay.AddMonths(1).AddDays(1));

        var request = new SubjectAccessRequest
        {
            Reference = NewReference(), SubjectName = input.Name!.Trim(), Phone = Clean(input.Phone), Email = Clean(input.Email),
            Address = Clean(input.Address), RecordKey = Clean(input.RecordKey), ReceivedAt = received, DueAt = due, LoggedBy = actor,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var clock = await clocks.StartAsync(StandardCodes.SubjectAccess,
            new ClockSubject(RecordType, request.Reference, null, null, null, null, $"Subject access request {request.Reference}"),
            actor, received, due, ct);
        request.ClockId = clock.Id;
        var found = await SearchAsync(request, ct);
        request.Items = [.. found.Select(f => new SubjectAccessItem { RecordType = f.RecordType, RecordId = f.RecordId, MatchedOn = f.MatchedOn })];
        db.SubjectAccessRequests.Add(request);
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Collection, RecordType, request.Reference,
            Detail: $"subject access request logged; {found.Count} record{(found.Count == 1 ? "" : "s")} found"), ct);
        foreach (var record in found)
            await reads.RecordAsync(actor, channel, PersonalDataRead.ForSubjectAccess(record.RecordType, record.RecordId, request.Reference), ct);
        await transaction.CommitAsync(ct);
        return request.Reference;
    }

    public async Task<IReadOnlyList<SubjectAccessSummary>> ListAsync(CancellationToken ct = default) =>
        await db.SubjectAccessRequests.AsNoTracking().OrderBy(r => r.DisclosedAt != null).ThenBy(r => r.DueAt)
            .Select(r => new SubjectAccessSummary(r.Reference, r.SubjectName, r.ReceivedAt, r.DueAt, r.DisclosedAt, r.Items.Count))
            .ToListAsync(ct);

    /// <summary>The request with each record as it stands now; the view is a consultation of the request and of each record.</summary>
    public async Task<SubjectAccessView?> GetAsync(string reference, string actor, ReadChannel channel, CancellationToken ct = default)
    {
        var request = await db.SubjectAccessRequests.AsNoTracking().Include(r => r.Items).SingleOrDefaultAsync(r => r.Reference == reference, ct);
        if (request is null) return null;
        var live = (await SearchAsync(request, ct)).ToDictionary(m => (m.RecordType, m.RecordId));
        await reads.RecordAsync(actor, channel, PersonalDataRead.SubjectAccessRequest(request.Reference), ct);
        foreach (var item in request.Items.Where(i => live.ContainsKey((i.RecordType, i.RecordId))))
            await reads.RecordAsync(actor, channel, PersonalDataRead.ForSubjectAccess(item.RecordType, item.RecordId, request.Reference), ct);
        return new SubjectAccessView(request.Reference, request.SubjectName, request.Phone, request.Email, request.Address, request.RecordKey,
            request.ReceivedAt, request.DueAt, request.DisclosedAt, request.DisclosedBy,
            [.. request.Items.OrderBy(i => i.RecordType).ThenBy(i => i.RecordId).Select(i => new SubjectAccessRecord(i.Id, i.RecordType, i.RecordId,
                i.MatchedOn, i.Withheld, i.Exemption, live.GetValueOrDefault((i.RecordType, i.RecordId))))]);
    }

    /// <summary>Withholds a record under an exemption (the exemption is required), or gives it again.</summary>
    public async Task<Result> SetWithheldAsync(string reference, long itemId, bool withheld, string? exemption, string actor, CancellationToken ct = default)
    {
        exemption = Clean(exemption);
        if (withheld && exemption is null) return Result.Invalid("Exemption", "Give the exemption the record is withheld under, and why");
        if (exemption is { Length: > 500 }) return Result.Invalid("Exemption", "The exemption must be 500 characters or fewer");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var request = await db.SubjectAccessRequests.Include(r => r.Items).SingleOrDefaultAsync(r => r.Reference == reference, ct);
        var item = request?.Items.SingleOrDefault(i => i.Id == itemId);
        if (request is null || item is null) return Result.NotFound("Reference", $"There is no record {itemId} in request {reference}");
        if (request.DisclosedAt is not null) return Result.Conflict("Reference", "The pack has been sent: it can no longer be changed");
        item.Withheld = withheld;
        item.Exemption = withheld ? exemption : null;
        item.DecidedBy = actor;
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, RecordType, reference, Justification: item.Exemption,
            Detail: $"{item.RecordType} {item.RecordId} {(withheld ? "withheld" : "to be given")}"), ct);
        await transaction.CommitAsync(ct);
        return Result.Ok();
    }

    /// <summary>The pack as it would be sent now: a consultation of each record given.</summary>
    public async Task<DisclosurePack?> PackAsync(string reference, string actor, ReadChannel channel, CancellationToken ct = default)
    {
        var view = await GetAsync(reference, actor, channel, ct);
        if (view is null) return null;
        return new DisclosurePack(view.Reference, view.SubjectName, UkTime.FormatDate(view.ReceivedAt), UkTime.FormatDate(view.DueAt.AddDays(-1)),
            UkTime.Format(time.GetUtcNow().UtcDateTime),
            [.. view.Records.Where(r => !r.Withheld && r.Held is not null).Select(r => r.Held!)],
            [.. view.Records.Where(r => r.Withheld).Select(r => new WithheldRecord(r.RecordType, r.RecordId, r.Exemption!))]);
    }

    /// <summary>Records that the pack was sent: ends the clock (met by the due date, breached after) and writes a disclosure per record given.</summary>
    public async Task<Result<ClockOutcome>> MarkSentAsync(string reference, string actor, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var request = await db.SubjectAccessRequests.Include(r => r.Items).SingleOrDefaultAsync(r => r.Reference == reference, ct);
        if (request is null) return Result.NotFound("Reference", $"There is no subject access request {reference}");
        if (request.DisclosedAt is not null) return Result.Conflict("Reference", "The pack was already sent");
        request.DisclosedAt = time.GetUtcNow().UtcDateTime;
        request.DisclosedBy = actor;
        await db.SaveChangesAsync(ct);
        foreach (var item in request.Items.Where(i => !i.Withheld))
            await audit.AppendAsync(new AuditRecord(actor, AuditAction.Disclosure, item.RecordType, item.RecordId,
                Justification: "The data subject's right of access (Data Protection Act 2018 s.45)",
                Detail: $"disclosed to the data subject in answer to {reference}"), ct);
        var outcome = await clocks.EndAsync(request.ClockId, actor, breachReason: null, explanation: null, ct);
        await transaction.CommitAsync(ct);
        return outcome;
    }

    /// <summary>The pack as a plain document, for the PDF writer.</summary>
    public static Report ToReport(DisclosurePack pack)
    {
        var sections = new List<ReportSection>
        {
            new("Your request", [new Paragraph(
                $"You asked what personal information the police hold about you, {pack.Subject}. We received your request on {pack.ReceivedOn} " +
                $"and must answer by {pack.DueOn}. This pack lists every record we found, and the information each holds about you.")]),
            new("What we hold about you", pack.Records.Count == 0
                ? [new Paragraph("We found no records about you, other than those listed as withheld below.")]
                : [new Table("Records held", ["Record", "Date", "What it is", "Information held"],
                    [.. pack.Records.Select(r => (IReadOnlyList<string>)[$"{r.RecordType} {r.RecordId}", UkTime.FormatDate(r.At), r.Description,
                        string.Join("\n", r.Held.Select(f => $"{f.Name}: {f.Value}"))])])]),
        };
        if (pack.Withheld.Count > 0)
            sections.Add(new("Records withheld", [new Paragraph("We hold these records but may not give you their contents, for the reasons shown."),
                new Table("Records withheld", ["Record", "Why it is withheld"],
                    [.. pack.Withheld.Select(w => (IReadOnlyList<string>)[$"{w.RecordType} {w.RecordId}", w.Exemption])])]));
        return new Report("Subject access disclosure", $"Request {pack.Reference}", pack.GeneratedAt, sections);
    }

    private async Task<List<PersonalDataMatch>> SearchAsync(SubjectAccessRequest request, CancellationToken ct)
    {
        var query = new PersonalDataQuery(request.SubjectName, request.Phone, request.Email, request.Address, request.RecordKey);
        return [.. await calls.SearchAsync(query, ct), .. await messages.SearchAsync(query, ct), .. await crimes.SearchAsync(query, ct)];
    }

    private static List<ValidationError> Validate(OpenSubjectAccessInput input, DateOnly today)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add(new(nameof(input.Name), "Enter the full name of the person the request is about"));
        else if (input.Name.Trim().Length > 200) errors.Add(new(nameof(input.Name), "The name must be 200 characters or fewer"));
        var email = Clean(input.Email);
        if (email is not null && (email.Length > 320 || !new EmailAddressAttribute().IsValid(email)))
            errors.Add(new(nameof(input.Email), "Enter an email address in the correct format, like name@example.com"));
        if (Clean(input.Phone) is { } phone && (phone.Length > 40 || phone.Count(char.IsAsciiDigit) < 7))
            errors.Add(new(nameof(input.Phone), "Enter a telephone number, like 01632 960 001 or 07700 900 982"));
        if (Clean(input.Address) is { Length: > 500 }) errors.Add(new(nameof(input.Address), "The address must be 500 characters or fewer"));
        if (Clean(input.RecordKey) is { Length: > 100 }) errors.Add(new(nameof(input.RecordKey), "The record key must be 100 characters or fewer"));
        if (input.ReceivedOn > today) errors.Add(new(nameof(input.ReceivedOn), "The date received must be today or in the past"));
        return errors;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string NewReference()
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        return string.Create(CultureInfo.InvariantCulture, $"SAR-{chars[..4]}-{chars[4..]}");
    }
}
