using System.Net;
using System.Text.Json;
using CitizenFocus.Audit;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Web.Tests.Retention;

/// <summary>Subject access over HTTP: an administrator logs a request, sees what was found, downloads the pack and records it sent.</summary>
public abstract class SubjectAccessPageTests(AppFixture fixture)
{
    [SkippableFact]
    public async Task An_administrator_logs_a_request_and_gets_every_call_in_that_exact_name_as_pdf_and_json()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var caller = fixture.WithDb(db => db.Calls.OrderBy(c => c.Id).Select(c => c.CallerName).First());
        var expected = fixture.WithDb(db => db.Calls.Where(c => c.CallerName.ToLower() == caller.ToLower()).Select(c => c.Reference).ToList());
        var messages = fixture.WithDb(db => db.TeamMessages.Count(m => m.CitizenName.ToLower() == caller.ToLower()));
        var admin = await StaffClient.SignedInAsync(fixture, "admin");

        var logged = await StaffClient.PostFormAsync(admin, "/SubjectAccess", new() { ["Name"] = caller.ToUpperInvariant() });

        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var location = logged.Headers.Location!.ToString();
        Assert.Matches("^/SubjectAccess/SAR-[0-9A-Z]{4}-[0-9A-Z]{4}\\?done=logged$", location);
        var reference = location.Split('/')[2].Split('?')[0];
        var page = await admin.GetStringAsync(location);
        Assert.Contains($"Request logged. {expected.Count + messages} record", page);
        Assert.All(expected, r => Assert.Contains(r, page));

        var json = JsonDocument.Parse(await admin.GetStringAsync($"/SubjectAccess/{reference}?handler=Json")).RootElement;
        Assert.Equal(expected.Order(), json.GetProperty("records").EnumerateArray().Where(r => r.GetProperty("recordType").GetString() == "Call")
            .Select(r => r.GetProperty("recordId").GetString()!).Order());
        var pdf = await admin.GetAsync($"/SubjectAccess/{reference}?handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
            Assert.Contains(expected[0], string.Concat(document.GetPages().Select(p => p.Text)));
        var downloads = fixture.WithDb(db => db.AuditEntries.AsNoTracking()
            .Count(e => e.Action == AuditAction.Consultation && e.RecordId == expected[0] && e.Detail!.StartsWith("Downloaded as a file")));
        Assert.Equal(2, downloads);

        var sent = await StaffClient.PostFormAsync(admin, $"/SubjectAccess/{reference}", $"/SubjectAccess/{reference}?handler=Sent", new());
        Assert.Equal($"/SubjectAccess/{reference}?done=sent", sent.Headers.Location!.ToString());
        Assert.Contains("Recorded as sent to the requester, in time.", await admin.GetStringAsync(sent.Headers.Location!.ToString()));
    }

    [SkippableFact]
    public async Task A_request_without_a_name_shows_the_error_and_other_roles_are_refused()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var admin = await StaffClient.SignedInAsync(fixture, "admin");
        var commander = await StaffClient.SignedInAsync(fixture, "commander.barking-and-dagenham");

        var empty = await StaffClient.PostFormAsync(admin, "/SubjectAccess", new() { ["Name"] = " ", ["ReceivedOn-day"] = "31", ["ReceivedOn-month"] = "2" });
        var html = await empty.Content.ReadAsStringAsync();
        var refused = await commander.GetAsync("/SubjectAccess");

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("The date received must be a real date", html);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/SubjectAccess/SAR-0000-0000")).StatusCode);
    }
}

[Collection(SqliteApp.Name)]
public sealed class SubjectAccessPageTestsOnSqlite(SqliteAppFixture fixture) : SubjectAccessPageTests(fixture);

[Collection(PostgresApp.Name)]
public sealed class SubjectAccessPageTestsOnPostgres(PostgresAppFixture fixture) : SubjectAccessPageTests(fixture);
