using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CitizenFocus.Audit;
using CitizenFocus.Contact;
using CitizenFocus.Promises;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Web.Tests.Contact;

/// <summary>
/// Staff handling messages over HTTP: scope, the work queues, replies in time and late, and logging by
/// hand. Tests that move the fixture's clock only move it forward and sign in after moving it.
/// </summary>
public abstract class MessageWorkTests(AppFixture fixture)
{
    private const string Officer = "officer.barking-and-dagenham";
    private const string Sergeant = "sergeant.barking-and-dagenham";

    /// <summary>A new message from the public to the first ward team of Barking and Dagenham.</summary>
    private async Task<string> SendPublicMessageAsync(string subject = "Graffiti on the underpass")
    {
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/teams/{team.Slug}/messages")
        {
            Content = JsonContent.Create(new
            {
                citizenName = "Grace Adeyemi", preferredReply = "email", citizenEmail = "grace@example.com",
                subject, body = "The underpass by the station has been sprayed again.",
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var response = await StaffClient.Anonymous(fixture).SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("reference").GetString()!;
    }

    private Clock ClockOf(string reference) => fixture.WithDb(db =>
        db.Clocks.AsNoTracking().Single(c => c.RecordType == "Message" && c.RecordId == reference));

    [SkippableFact]
    public async Task Waltham_Forest_commander_cannot_open_a_Barking_and_Dagenham_message_on_the_page_or_through_the_api()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var reference = await SendPublicMessageAsync();
        var before = fixture.WithDb(db => db.AuditEntries.Count(e => e.RecordId == reference && e.Action == AuditAction.Consultation));
        var client = await StaffClient.SignedInAsync(fixture, "commander.waltham-forest");

        var page = await client.GetAsync($"/Messages/{reference}");
        var api = await client.GetAsync($"/api/messages/{reference}");
        var reply = await client.PostAsJsonAsync($"/api/messages/{reference}/reply", new { method = "email", summary = "Answered" });

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("Grace Adeyemi", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        Assert.Equal(ClockStatus.Running, ClockOf(reference).Status);
        Assert.Equal(before, fixture.WithDb(db => db.AuditEntries.Count(e => e.RecordId == reference && e.Action == AuditAction.Consultation)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Messages")).StatusCode);
        Assert.DoesNotContain(reference, await client.GetStringAsync("/Messages"));
    }

    [SkippableFact]
    public async Task Borough_commander_opens_a_message_in_scope_and_the_reading_is_audited()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var reference = await SendPublicMessageAsync();
        var client = await StaffClient.SignedInAsync(fixture, "commander.barking-and-dagenham");

        var html = await client.GetStringAsync($"/Messages/{reference}");
        var json = JsonDocument.Parse(await client.GetStringAsync($"/api/messages/{reference}")).RootElement;

        Assert.Contains("Grace Adeyemi", html);
        Assert.Contains("grace@example.com", html);
        Assert.Equal("Grace Adeyemi", json.GetProperty("citizenName").GetString());
        Assert.Equal(["Viewed on a page", "Read through the API"], fixture.WithDb(db => db.AuditEntries
            .Where(e => e.RecordId == reference && e.Action == AuditAction.Consultation).OrderBy(e => e.Sequence).Select(e => e.Detail).ToList()));
    }

    [SkippableFact]
    public async Task A_public_message_is_in_the_contact_officers_work_and_a_reply_in_time_meets_the_clock()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var reference = await SendPublicMessageAsync("Abandoned car");
        var client = await StaffClient.SignedInAsync(fixture, Officer);

        var work = await client.GetStringAsync("/Work");
        Assert.Contains($"data-record=\"{reference}\"", work);
        Assert.Contains("24 hours left", work);

        var response = await StaffClient.PostFormAsync(client, $"/Messages/{reference}", $"/Messages/{reference}?handler=Reply", new()
        {
            ["Method"] = "Email", ["Summary"] = "Told her the council will remove it on Friday.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Messages/{reference}?done=met", response.Headers.Location!.ToString());
        var clock = ClockOf(reference);
        Assert.Equal(ClockOutcome.Met, clock.Outcome);
        Assert.Equal(MessageStatus.Replied, fixture.WithDb(db => db.TeamMessages.Single(m => m.Reference == reference).Status));
        Assert.DoesNotContain($"data-record=\"{reference}\"", await client.GetStringAsync("/Work"));
    }

    [SkippableFact]
    public async Task Reply_form_posted_empty_shows_field_errors_and_changes_nothing()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var reference = await SendPublicMessageAsync();
        var client = await StaffClient.SignedInAsync(fixture, Officer);

        var response = await StaffClient.PostFormAsync(client, $"/Messages/{reference}", $"/Messages/{reference}?handler=Reply", new());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("href=\"#Method\"", html);
        Assert.Contains("href=\"#Summary\"", html);
        Assert.Equal(ClockStatus.Running, ClockOf(reference).Status);
    }

    [SkippableFact]
    public async Task After_the_warning_a_sweep_puts_the_message_in_the_sergeants_queue()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var reference = await SendPublicMessageAsync();
        fixture.Time.Advance(TimeSpan.FromHours(18) + TimeSpan.FromMinutes(1));

        await DemoPlaces.SweepAsync(fixture);

        Assert.NotNull(ClockOf(reference).WarnedAt);
        var sergeant = await StaffClient.SignedInAsync(fixture, Sergeant);
        var queue = await sergeant.GetStringAsync("/Work/Team");
        var escalated = queue[queue.IndexOf("id=\"escalated\"", StringComparison.Ordinal)..];
        Assert.Contains($"data-record=\"{reference}\"", escalated);
        Assert.Contains("govuk-tag--yellow", escalated);
        var officer = await StaffClient.SignedInAsync(fixture, Officer);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.GetAsync("/Work/Team")).StatusCode); // not a supervisor: access denied
    }

    [SkippableFact]
    public async Task A_late_reply_needs_the_explanation_given_to_the_citizen_and_then_counts_as_a_breach()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var reference = await SendPublicMessageAsync();
        fixture.Time.Advance(TimeSpan.FromHours(25));
        var client = await StaffClient.SignedInAsync(fixture, Officer);

        var withoutExplanation = await client.PostAsJsonAsync($"/api/messages/{reference}/reply", new { method = "email", summary = "Sorted." });
        Assert.Equal(HttpStatusCode.BadRequest, withoutExplanation.StatusCode);
        var errors = JsonDocument.Parse(await withoutExplanation.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("explanation", out _), errors.ToString());
        Assert.Equal(ClockStatus.Running, ClockOf(reference).Status);

        var withExplanation = await client.PostAsJsonAsync($"/api/messages/{reference}/reply",
            new { method = "email", summary = "Sorted.", explanation = "The team was at a major incident all day." });
        Assert.Equal(HttpStatusCode.OK, withExplanation.StatusCode);
        Assert.Equal("breached", JsonDocument.Parse(await withExplanation.Content.ReadAsStringAsync()).RootElement.GetProperty("outcome").GetString());
        var clock = ClockOf(reference);
        Assert.Equal(ClockOutcome.Breached, clock.Outcome);
        Assert.Equal("The team was at a major incident all day.", clock.Explanation);

        var again = await client.PostAsJsonAsync($"/api/messages/{reference}/reply", new { method = "email", summary = "Again." });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [SkippableFact]
    public async Task Waiting_for_the_citizen_stops_the_clock_and_their_answer_starts_it_again()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var reference = await SendPublicMessageAsync();
        var client = await StaffClient.SignedInAsync(fixture, Officer);

        var wait = await StaffClient.PostFormAsync(client, $"/Messages/{reference}", $"/Messages/{reference}?handler=Await",
            new() { ["Note"] = "Asked which underpass" });
        Assert.Equal(HttpStatusCode.Redirect, wait.StatusCode);
        Assert.Equal(ClockStatus.Paused, ClockOf(reference).Status);

        var resume = await StaffClient.PostFormAsync(client, $"/Messages/{reference}", $"/Messages/{reference}?handler=Responded", new());
        Assert.Equal(HttpStatusCode.Redirect, resume.StatusCode);
        Assert.Equal(ClockStatus.Running, ClockOf(reference).Status);
        Assert.Contains("Resumed: the citizen responded", await client.GetStringAsync($"/Messages/{reference}"));
    }

    [SkippableFact]
    public async Task Reassigning_gives_the_message_and_its_clock_to_another_team_member()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var reference = await SendPublicMessageAsync();
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var holder = ClockOf(reference).AssigneeMemberId;
        var other = fixture.WithDb(db => db.TeamMembers.Where(m => m.TeamId == team.Id && m.Id != holder).OrderBy(m => m.Id).First().Id);
        var client = await StaffClient.SignedInAsync(fixture, Sergeant);

        var response = await StaffClient.PostFormAsync(client, $"/Messages/{reference}", $"/Messages/{reference}?handler=Assign",
            new() { ["AssigneeId"] = other.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(other, ClockOf(reference).AssigneeMemberId);
    }

    [SkippableFact]
    public async Task Staff_log_a_telephone_message_for_their_team_and_it_starts_the_clock()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var client = await StaffClient.SignedInAsync(fixture, Officer);

        var response = await StaffClient.PostFormAsync(client, "/Messages/Log", new()
        {
            ["TeamSlug"] = team.Slug, ["Channel"] = "Phone", ["CitizenName"] = "Peter Mensah", ["PreferredReply"] = "Phone",
            ["CitizenPhone"] = "020 7946 0000", ["Subject"] = "Drug dealing in the park", ["Body"] = "Every evening by the gates.",
            ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reference = response.Headers.Location!.ToString().Split('/')[^1].Split('?')[0];
        var message = fixture.WithDb(db => db.TeamMessages.Single(m => m.Reference == reference));
        Assert.Equal(MessageChannel.Phone, message.Channel);
        Assert.Equal(Officer + StaffClient.DemoDomain, message.LoggedBy);
        Assert.Equal(ClockStatus.Running, ClockOf(reference).Status);
    }

    [SkippableFact]
    public async Task Staff_cannot_log_a_message_for_a_team_outside_their_scope()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var otherTeam = fixture.WithDb(db => db.Teams.Where(t => db.Boroughs.Any(b => b.Id == t.BoroughId && b.Name == "Waltham Forest")).First().Slug);
        var client = await StaffClient.SignedInAsync(fixture, Officer);
        var before = fixture.WithDb(db => db.TeamMessages.Count());

        var page = await StaffClient.PostFormAsync(client, "/Messages/Log", new()
        {
            ["TeamSlug"] = otherTeam, ["Channel"] = "Letter", ["CitizenName"] = "Peter Mensah", ["PreferredReply"] = "Letter",
            ["CitizenAddress"] = "1 High Street", ["Subject"] = "Speeding", ["Body"] = "Cars speed down the hill.",
        });
        var api = await client.PostAsJsonAsync("/api/messages", new
        {
            teamSlug = otherTeam, channel = "letter", citizenName = "Peter Mensah", preferredReply = "letter",
            citizenAddress = "1 High Street", subject = "Speeding", body = "Cars speed down the hill.",
        });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Select a team in your area", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(before, fixture.WithDb(db => db.TeamMessages.Count()));
    }

    [SkippableFact]
    public async Task Staff_message_api_logs_json_and_refuses_a_form_post_that_a_cross_site_page_could_forge()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var client = await StaffClient.SignedInAsync(fixture, Officer);
        var before = fixture.WithDb(db => db.TeamMessages.Count());

        var forged = await client.PostAsync("/api/messages", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["teamSlug"] = team.Slug, ["channel"] = "phone", ["citizenName"] = "X", ["preferredReply"] = "phone",
            ["citizenPhone"] = "020 7946 0000", ["subject"] = "X", ["body"] = "X",
        }));
        var plain = await client.PostAsync($"/api/messages", new StringContent("{}", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, forged.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        Assert.Equal(before, fixture.WithDb(db => db.TeamMessages.Count()));

        var logged = await client.PostAsJsonAsync("/api/messages", new
        {
            teamSlug = team.Slug, channel = "voicemail", citizenName = "Joy Campbell", preferredReply = "phone",
            citizenPhone = "020 7946 0001", subject = "Youths on the stairs", body = "Left on the team's voicemail.",
        });
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        var reference = JsonDocument.Parse(await logged.Content.ReadAsStringAsync()).RootElement.GetProperty("reference").GetString();
        Assert.Equal($"/api/messages/{reference}", logged.Headers.Location!.ToString());
        Assert.Equal(before + 1, fixture.WithDb(db => db.TeamMessages.Count()));
    }

    [SkippableFact]
    public async Task Staff_message_api_with_invalid_fields_answers_problem_details_and_stores_nothing()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var client = await StaffClient.SignedInAsync(fixture, Officer);
        var before = fixture.WithDb(db => db.TeamMessages.Count());

        var response = await client.PostAsJsonAsync("/api/messages", new { teamSlug = team.Slug, channel = "web-form", preferredReply = "phone" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        foreach (var field in new[] { "channel", "citizenName", "citizenPhone", "subject", "body" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        Assert.Equal(before, fixture.WithDb(db => db.TeamMessages.Count()));
    }

    [SkippableFact]
    public async Task Message_list_filters_by_status()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var reference = await SendPublicMessageAsync();
        var client = await StaffClient.SignedInAsync(fixture, Sergeant);

        Assert.Contains(reference, await client.GetStringAsync("/Messages?Status=Open"));
        Assert.DoesNotContain(reference, await client.GetStringAsync("/Messages?Status=Replied"));
    }
}

[Collection(SqliteApp.Name)]
public sealed class MessageWorkTestsOnSqlite(SqliteAppFixture fixture) : MessageWorkTests(fixture);

[Collection(PostgresApp.Name)]
public sealed class MessageWorkTestsOnPostgres(PostgresAppFixture fixture) : MessageWorkTests(fixture);
