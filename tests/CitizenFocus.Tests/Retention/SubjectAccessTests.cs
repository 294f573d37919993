using CitizenFocus.Audit;
using CitizenFocus.Calls;
using CitizenFocus.Contact;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Data;
using CitizenFocus.Promises;
using CitizenFocus.Reporting;
using CitizenFocus.Retention;
using CitizenFocus.Tests.Infrastructure;
using CitizenFocus.Tests.Promises;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace CitizenFocus.Tests.Retention;

/// <summary>
/// Issue 22, subject access: a request finds a person's call, message and crime (and nothing of another person with
/// a similar name), its pack lists them, withheld records show only their exemption, and sending it ends the clock.
/// </summary>
public sealed class SubjectAccessTests
{
    private const string Admin = "disclosure.officer@force";

    /// <summary>Ann Khan's message, call and crime (as victim V-4471); Anne Khan's message and call, which are not hers.</summary>
    private static async Task<(string AnnMessage, string AnneMessage)> SeedAsync(PromiseTestBed bed)
    {
        string Log(LogMessage log, string name, string email, string subject) => log.HandleAsync(new LogMessageRequest("abbey", MessageChannel.WebForm,
            name, email, null, null, ReplyMethod.Email, subject, "Cars block the pavement on Abbey Road every evening.", null), "public")
            .GetAwaiter().GetResult().Value.Reference;
        using var scope = bed.Services.CreateScope();
        var log = bed.Get<LogMessage>(scope);
        var ann = Log(log, "Ann Khan", "ann@example.com", "Parking on the pavement");
        var anne = Log(log, "Anne Khan", "anne.k@example.com", "Noise at night");
        await using var db = bed.Database.CreateDb();
        var now = bed.Time.GetUtcNow().UtcDateTime;
        db.Calls.AddRange(
            new Call { Id = 1, Reference = "CAD0000001", BoroughId = 1, WardId = 1, ReceivedAt = now.AddDays(-3), CallerName = "ANN KHAN",
                CallerPhone = "07700 900123", Category = "Anti-social behaviour", Location = "1 Abbey Road" },
            new Call { Id = 2, Reference = "CAD0000002", BoroughId = 1, WardId = 1, ReceivedAt = now.AddDays(-2), CallerName = "Anne Khan",
                CallerPhone = "07700 900999", Category = "Noise", Location = "9 Abbey Road" });
        db.Crimes.AddRange(
            new Crime { Id = 1, Reference = "CR0000000001", CrimeType = "Theft from motor vehicle", BoroughId = 1, WardId = 1, ReportedAt = now.AddDays(-5),
                CommittedAt = now.AddDays(-5), VictimRef = "V-4471", Street = "Abbey Road" },
            new Crime { Id = 2, Reference = "CR0000000002", CrimeType = "Burglary", BoroughId = 1, WardId = 1, ReportedAt = now.AddDays(-4),
                CommittedAt = now.AddDays(-4), VictimRef = "V-9000" });
        await db.SaveChangesAsync();
        return (ann, anne);
    }

    private static async Task<T> RunAsync<T>(PromiseTestBed bed, Func<SubjectAccess, Task<T>> act)
    {
        using var scope = bed.Services.CreateScope();
        return await act(bed.Get<SubjectAccess>(scope));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_request_finds_the_persons_call_message_and_crime_and_nothing_of_a_similar_name(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        var (ann, anne) = await SeedAsync(bed);

        var opened = await RunAsync(bed, s => s.OpenAsync(new OpenSubjectAccessInput("  ann   khan ", "+44 7700 900123", null, null, "V-4471", null),
            Admin, ReadChannel.Page));

        Assert.True(opened.Succeeded, string.Join("; ", opened.Errors));
        var view = (await RunAsync(bed, s => s.GetAsync(opened.Value, Admin, ReadChannel.Page)))!;
        Assert.Equal([("Call", "CAD0000001"), ("Crime", "CR0000000001"), ("Message", ann)], view.Records.Select(r => (r.RecordType, r.RecordId)));
        Assert.Equal(["name", "record key", "name"], view.Records.Select(r => r.MatchedOn));
        Assert.DoesNotContain(view.Records, r => r.RecordId == anne || r.RecordId == "CAD0000002");
        Assert.Contains(new CitizenFocus.Common.PersonalDataField("Caller's phone", "07700 900123"), view.Records[0].Held!.Held);
        // Each record found is a consultation for the request, when found and again when viewed.
        var consultations = await bed.ReadAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditAction.Consultation && e.Actor == Admin)
            .Select(e => new { e.RecordType, e.RecordId, e.Detail }).ToListAsync());
        Assert.Equal(2, consultations.Count(c => c.RecordId == "CAD0000001"));
        Assert.All(consultations.Where(c => c.RecordType != SubjectAccess.RecordType), c => Assert.EndsWith($"found for subject access request {opened.Value}", c.Detail));
        // The request's clock: due at the end of the same date next month (25 November 2026 → 25 December, 23:59:59 UK time).
        var clock = await bed.ReadAsync(db => db.Clocks.AsNoTracking().SingleAsync(c => c.RecordType == SubjectAccess.RecordType));
        Assert.Equal(new DateTime(2026, 12, 26, 0, 0, 0, DateTimeKind.Utc), clock.DueAt);
        Assert.Equal(opened.Value, clock.RecordId);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task The_pack_lists_what_is_given_names_what_is_withheld_and_sending_it_ends_the_clock(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        var (ann, anne) = await SeedAsync(bed);
        var reference = (await RunAsync(bed, s => s.OpenAsync(new OpenSubjectAccessInput("Ann Khan", null, "ANN@example.com", null, "V-4471",
            DateOnly.FromDateTime(bed.Time.GetUtcNow().UtcDateTime)), Admin, ReadChannel.Page))).Value;
        var crime = (await RunAsync(bed, s => s.GetAsync(reference, Admin, ReadChannel.Page)))!.Records.Single(r => r.RecordType == "Crime");

        var noReason = await RunAsync(bed, s => s.SetWithheldAsync(reference, crime.ItemId, true, " ", Admin));
        var withheld = await RunAsync(bed, s => s.SetWithheldAsync(reference, crime.ItemId, true,
            "s.45(4)(a): giving it would prejudice an investigation that is still open", Admin));
        var pack = (await RunAsync(bed, s => s.PackAsync(reference, Admin, ReadChannel.Download)))!;

        Assert.False(noReason.Succeeded);
        Assert.True(withheld.Succeeded);
        Assert.Equal([("Call", "CAD0000001"), ("Message", ann)], pack.Records.Select(r => (r.RecordType, r.RecordId)));
        Assert.Equal([new WithheldRecord("Crime", "CR0000000001", "s.45(4)(a): giving it would prejudice an investigation that is still open")], pack.Withheld);
        using var output = new MemoryStream();
        PdfReportWriter.Write(SubjectAccess.ToReport(pack), output);
        using var pdf = PdfDocument.Open(output.ToArray());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        foreach (var expected in new[] { "CAD0000001", ann, "Ann Khan", "07700 900123", "CR0000000001", "prejudice an investigation", reference })
            Assert.Contains(Squash(expected), Squash(text));
        foreach (var absent in new[] { anne, "CAD0000002", "Anne Khan", "Theft from motor vehicle" })
            Assert.DoesNotContain(Squash(absent), Squash(text));

        var sent = await RunAsync(bed, s => s.MarkSentAsync(reference, Admin));
        var again = await RunAsync(bed, s => s.MarkSentAsync(reference, Admin));

        Assert.Equal(ClockOutcome.Met, sent.Value);
        Assert.Equal(CitizenFocus.Common.FailureKind.Conflict, again.Kind);
        var disclosed = await bed.ReadAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditAction.Disclosure)
            .OrderBy(e => e.RecordType).Select(e => e.RecordType + " " + e.RecordId).ToListAsync());
        Assert.Equal(["Call CAD0000001", $"Message {ann}"], disclosed);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_request_without_a_name_or_with_a_future_date_is_refused_and_stores_nothing(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);

        var result = await RunAsync(bed, s => s.OpenAsync(new OpenSubjectAccessInput(" ", "12", "not-an-email", null, null,
            DateOnly.FromDateTime(bed.Time.GetUtcNow().UtcDateTime).AddDays(1)), Admin, ReadChannel.Page));

        Assert.Equal(["Name", "Email", "Phone", "ReceivedOn"], result.Errors.Select(e => e.Field));
        Assert.Equal(0, await bed.ReadAsync(db => db.SubjectAccessRequests.CountAsync()));
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
