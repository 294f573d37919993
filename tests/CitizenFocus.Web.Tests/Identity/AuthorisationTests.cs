using System.Net;
using CitizenFocus.Audit;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Web.Tests.Identity;

/// <summary>
/// Sign-in, roles and organisational scope over the real HTTP pipeline. The demo's first borough is
/// Barking and Dagenham, the second Waltham Forest; each has its own borough commander.
/// </summary>
public abstract class AuthorisationTests(AppFixture fixture)
{
    private const string CommanderA = "commander.barking-and-dagenham";

    private (string InA, string InB) CallReferences() => fixture.WithDb(db =>
    {
        var a = db.Boroughs.Single(b => b.Name == "Barking and Dagenham").Id;
        var b = db.Boroughs.Single(b => b.Name == "Waltham Forest").Id;
        return (db.Calls.Where(c => c.BoroughId == a).OrderBy(c => c.Id).Select(c => c.Reference).First(),
                db.Calls.Where(c => c.BoroughId == b).OrderBy(c => c.Id).Select(c => c.Reference).First());
    });

    [SkippableFact]
    public async Task Anonymous_request_to_a_staff_page_is_sent_to_sign_in()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var response = await StaffClient.Anonymous(fixture).GetAsync("/Organisation");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/Account/SignIn?ReturnUrl=%2FOrganisation", response.Headers.Location!.ToString());
    }

    [SkippableFact]
    public async Task Anonymous_request_to_a_staff_api_gets_401()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var response = await StaffClient.Anonymous(fixture).GetAsync("/api/organisation");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [SkippableFact]
    public async Task Borough_commander_cannot_open_another_boroughs_call_on_the_page()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var (_, inB) = CallReferences();
        var client = await StaffClient.SignedInAsync(fixture, CommanderA);
        var response = await client.GetAsync($"/Calls/{inB}");
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.DoesNotContain(inB, await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Borough_commander_cannot_read_another_boroughs_call_through_the_api()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var (_, inB) = CallReferences();
        var client = await StaffClient.SignedInAsync(fixture, CommanderA);
        var response = await client.GetAsync($"/api/calls/{inB}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private long LastSequence() => fixture.WithDb(db => db.AuditEntries.Max(e => (long?)e.Sequence) ?? 0);

    private List<AuditEntry> EntriesSince(long sequence, AuditAction action) => fixture.WithDb(db => db.AuditEntries.AsNoTracking()
        .Where(e => e.Sequence > sequence && e.Action == action).OrderBy(e => e.Sequence).ToList());

    [SkippableFact]
    public async Task Attempts_on_another_boroughs_call_are_written_to_the_audit_trail_and_a_mistyped_reference_is_not()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var (_, inB) = CallReferences();
        var client = await StaffClient.SignedInAsync(fixture, CommanderA);
        var since = LastSequence();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/calls/{inB}")).StatusCode);
        await client.GetAsync($"/Calls/{inB}");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/calls/NO-SUCH-CALL")).StatusCode);

        var refusals = EntriesSince(since, AuditAction.RefusedOutOfScope);
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, r => Assert.Equal((CommanderA + StaffClient.DemoDomain, "Call", inB), (r.Actor, r.RecordType, r.RecordId)));
        Assert.Matches($"^from \\S+; GET /api/calls/{inB}; outside the reader's scope$", refusals[0].Detail);
        Assert.Contains($"GET /Calls/{inB}", refusals[1].Detail);
        Assert.Empty(EntriesSince(since, AuditAction.Consultation));
    }

    [SkippableFact]
    public async Task Reading_or_replying_to_another_boroughs_message_is_refused_and_written_to_the_audit_trail()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var inB = fixture.WithDb(db =>
        {
            var b = db.Boroughs.Single(x => x.Name == "Waltham Forest").Id;
            return db.TeamMessages.Where(m => m.BoroughId == b).OrderBy(m => m.Id).Select(m => m.Reference).First();
        });
        var before = fixture.WithDb(db => db.TeamMessages.AsNoTracking().Single(m => m.Reference == inB));
        var client = await StaffClient.SignedInAsync(fixture, CommanderA);
        var token = StaffClient.TokenOf(await client.GetStringAsync("/Messages/Log"));
        var since = LastSequence();

        var read = await client.GetAsync($"/api/messages/{inB}");
        var reply = await client.PostAsync($"/Messages/{inB}?handler=Reply", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Method"] = "Phone", ["Summary"] = "Rang back and explained the parking patrols",
        }));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        var after = fixture.WithDb(db => db.TeamMessages.AsNoTracking().Single(m => m.Reference == inB));
        Assert.Equal((before.Status, before.RepliedAt, before.ReplySummary), (after.Status, after.RepliedAt, after.ReplySummary));
        var refusals = EntriesSince(since, AuditAction.RefusedOutOfScope);
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, r => Assert.Equal(("Message", inB), (r.RecordType, r.RecordId)));
        Assert.Contains($"POST /Messages/{inB}", refusals[1].Detail);
        Assert.Empty(EntriesSince(since, AuditAction.Alteration));
    }

    [SkippableFact]
    public async Task A_page_refused_for_the_accounts_role_is_written_to_the_audit_trail()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var client = await StaffClient.SignedInAsync(fixture, "analyst");
        var (inA, _) = CallReferences();
        var since = LastSequence();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/calls/{inA}")).StatusCode);

        var refusal = Assert.Single(EntriesSince(since, AuditAction.RefusedForRole));
        Assert.Equal("analyst" + StaffClient.DemoDomain, refusal.Actor);
        Assert.Contains($"GET /api/calls/{inA}; the account's role or scope does not allow this", refusal.Detail);
        Assert.Equal("Refused: not for this role", AuditActionText.Of(refusal.Action));
    }

    [SkippableFact]
    public async Task Opening_a_call_in_scope_shows_the_caller_and_writes_a_consultation_audit_row()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var (inA, _) = CallReferences();
        var caller = fixture.WithDb(db => db.Calls.Single(c => c.Reference == inA).CallerName);
        var before = fixture.WithDb(db => db.AuditEntries.Count(e => e.RecordId == inA && e.Action == AuditAction.Consultation));
        var client = await StaffClient.SignedInAsync(fixture, CommanderA);

        var response = await client.GetAsync($"/Calls/{inA}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(caller), await response.Content.ReadAsStringAsync());
        var rows = fixture.WithDb(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.RecordId == inA && e.Action == AuditAction.Consultation).ToList());
        Assert.Equal(before + 1, rows.Count);
        Assert.Equal(CommanderA + StaffClient.DemoDomain, rows[^1].Actor);
        Assert.Equal("Call", rows[^1].RecordType);
    }

    [SkippableFact]
    public async Task Call_list_holds_only_the_users_borough_page_after_page()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var client = await StaffClient.SignedInAsync(fixture, CommanderA);
        var first = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/calls")).RootElement;
        var second = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/calls?page=2")).RootElement;
        var rows = first.GetProperty("rows").EnumerateArray().Concat(second.GetProperty("rows").EnumerateArray()).ToList();
        Assert.Equal(100, rows.Count);
        Assert.All(rows, r => Assert.Equal("Barking and Dagenham", r.GetProperty("boroughName").GetString()));
        Assert.Equal(100, rows.Select(r => r.GetProperty("reference").GetString()).Distinct().Count());
        var html = await client.GetStringAsync("/Calls?p=2");
        Assert.Contains(second.GetProperty("rows")[0].GetProperty("reference").GetString()!, html);
    }

    [SkippableFact]
    public async Task Force_wide_call_handler_can_read_any_boroughs_call()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var (_, inB) = CallReferences();
        var client = await StaffClient.SignedInAsync(fixture, "callhandler");
        var response = await client.GetAsync($"/api/calls/{inB}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [SkippableFact]
    public async Task Partner_agency_user_is_refused_staff_pages()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var client = await StaffClient.SignedInAsync(fixture, "partner.barking-and-dagenham");
        var page = await client.GetAsync("/Organisation");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/AccessDenied", page.Headers.Location!.ToString());
        var api = await client.GetAsync("/api/calls");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [SkippableFact]
    public async Task Analyst_cannot_open_personal_call_records()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var (inA, _) = CallReferences();
        var client = await StaffClient.SignedInAsync(fixture, "analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/calls/{inA}")).StatusCode);
    }

    [SkippableFact]
    public async Task Form_post_without_the_antiforgery_token_is_refused()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var client = await StaffClient.SignedInAsync(fixture, CommanderA);
        var response = await client.PostAsync("/Account/SignOut", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // Still signed in: the forged sign-out did nothing.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Organisation")).StatusCode);
    }

    [SkippableFact]
    public async Task Wrong_password_shows_a_field_error_and_five_failures_lock_the_account()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var client = StaffClient.Anonymous(fixture);
        string html = "";
        for (var i = 0; i < 5; i++)
        {
            var response = await StaffClient.PostFormAsync(client, "/Account/SignIn", new()
            {
                ["Email"] = "victimcare.barking-and-dagenham" + StaffClient.DemoDomain, ["Password"] = "not-the-password",
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            html = await response.Content.ReadAsStringAsync();
        }
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("locked", html);
        var locked = await StaffClient.PostFormAsync(client, "/Account/SignIn", new()
        {
            ["Email"] = "victimcare.barking-and-dagenham" + StaffClient.DemoDomain, ["Password"] = CitizenFocus.Demo.DemoGenerator.DemoPassword,
        });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode); // the right password does not get in while locked
    }

    [SkippableFact]
    public async Task Every_response_carries_the_security_headers()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var response = await StaffClient.Anonymous(fixture).GetAsync("/Account/SignIn");
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [SkippableFact]
    public async Task Health_reports_the_database_as_healthy()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var response = await StaffClient.Anonymous(fixture).GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":\"Healthy\"", body);
        Assert.Contains("\"database\":\"Healthy\"", body);
    }
}

[Collection(SqliteApp.Name)]
public sealed class AuthorisationTestsOnSqlite(SqliteAppFixture fixture) : AuthorisationTests(fixture);

[Collection(PostgresApp.Name)]
public sealed class AuthorisationTestsOnPostgres(PostgresAppFixture fixture) : AuthorisationTests(fixture);
