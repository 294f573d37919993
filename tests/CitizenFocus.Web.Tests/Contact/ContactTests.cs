using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CitizenFocus.Contact;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Web.Tests.Contact;

/// <summary>The public side of Pledge point 4: a team's page, its contact form and the public API, with bad input and repeats.</summary>
public abstract partial class ContactTests(AppFixture fixture)
{
    private int MessageCount() => fixture.WithDb(db => db.TeamMessages.Count());

    private static Dictionary<string, string> GoodForm(string key) => new()
    {
        ["CitizenName"] = "Amara Okafor", ["PreferredReply"] = "Email", ["CitizenEmail"] = "amara@example.com",
        ["CitizenPhone"] = "", ["CitizenAddress"] = "", ["Subject"] = "Cars parked on the pavement",
        ["Body"] = "Every morning cars block the pavement outside the school.", ["IdempotencyKey"] = key,
    };

    [SkippableFact]
    public async Task Team_public_page_shows_members_contact_details_map_and_contact_link_without_staff_navigation()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var member = fixture.WithDb(db => db.TeamMembers.Where(m => m.TeamId == team.Id).OrderBy(m => m.Id).First());

        var response = await StaffClient.Anonymous(fixture).GetAsync($"/teams/{team.Slug}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(team.Name), html);
        Assert.Contains(WebUtility.HtmlEncode(member.DisplayName), html);
        Assert.DoesNotContain(member.StaffNumber, html);
        Assert.Contains("<svg", html);
        Assert.Contains($"href=\"/teams/{team.Slug}/contact\"", html);
        Assert.DoesNotContain("id=\"navigation\"", html);
    }

    [SkippableFact]
    public async Task Contact_form_posted_empty_shows_the_error_summary_with_a_link_per_field_and_stores_nothing()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var before = MessageCount();
        var client = StaffClient.Anonymous(fixture);

        var response = await StaffClient.PostFormAsync(client, $"/teams/{team.Slug}/contact", new() { ["IdempotencyKey"] = Guid.NewGuid().ToString("N") });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("<title>Error: ", html);
        var links = new List<int>();
        foreach (var field in new[] { "CitizenName", "PreferredReply", "Subject", "Body" })
        {
            links.Add(html.IndexOf($"href=\"#{field}\"", StringComparison.Ordinal));
            Assert.Contains($"id=\"{field}-error\"", html);
        }
        Assert.DoesNotContain(-1, links);
        Assert.Equal(links.Order(), links); // the summary lists the errors in the order of the form
        Assert.Contains("Enter your name", html);
        Assert.Contains("Select how you would like us to reply", html);
        Assert.Equal(before, MessageCount());
    }

    [SkippableFact]
    public async Task Contact_form_asks_for_the_detail_the_chosen_reply_method_needs()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var before = MessageCount();
        var form = GoodForm(Guid.NewGuid().ToString("N"));
        form["PreferredReply"] = "Letter";

        var response = await StaffClient.PostFormAsync(StaffClient.Anonymous(fixture), $"/teams/{team.Slug}/contact", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("href=\"#CitizenAddress\"", html);
        Assert.Contains("Enter your address so that we can write to you", html);
        Assert.Contains("value=\"Letter\" checked=\"checked\"", html);
        Assert.Contains("Cars parked on the pavement", html); // what was typed is kept
        Assert.Equal(before, MessageCount());
    }

    [SkippableFact]
    public async Task Contact_form_sent_twice_with_its_key_makes_one_message_with_one_reference()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var client = StaffClient.Anonymous(fixture);
        var page = await client.GetStringAsync($"/teams/{team.Slug}/contact");
        var form = GoodForm(KeyPattern().Match(page).Groups[1].Value);
        form["__RequestVerificationToken"] = StaffClient.TokenOf(page);
        var before = MessageCount();

        var first = await client.PostAsync($"/teams/{team.Slug}/contact", new FormUrlEncodedContent(form));
        var second = await client.PostAsync($"/teams/{team.Slug}/contact", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(before + 1, MessageCount());
        var confirmation = await client.GetStringAsync(first.Headers.Location);
        var reference = first.Headers.Location!.ToString().Split('/')[^1];
        Assert.Contains("govuk-panel--confirmation", confirmation);
        Assert.Contains(reference, confirmation);
        var stored = fixture.WithDb(db => db.TeamMessages.Single(m => m.Reference == reference));
        Assert.Equal(MessageChannel.WebForm, stored.Channel);
        Assert.Equal("public", stored.LoggedBy);
        Assert.Equal(team.Id, stored.TeamId);
    }

    [SkippableFact]
    public async Task Public_api_with_invalid_fields_answers_problem_details_with_errors_per_field_and_stores_nothing()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var before = MessageCount();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/teams/{team.Slug}/messages")
        {
            Content = JsonContent.Create(new { citizenName = "", preferredReply = "fax", citizenEmail = "not-an-email", subject = "", body = "" }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));

        var response = await StaffClient.Anonymous(fixture).SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "citizenName", "preferredReply", "citizenEmail", "subject", "body" })
            Assert.True(errors.TryGetProperty(field, out var messages) && messages.GetArrayLength() > 0, $"no error for {field}: {errors}");
        Assert.Equal(before, MessageCount());
    }

    [SkippableFact]
    public async Task Public_api_repeated_with_the_same_idempotency_key_gives_the_same_reference_and_one_message()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var key = Guid.NewGuid().ToString("N");
        var client = StaffClient.Anonymous(fixture);
        var before = MessageCount();

        async Task<(HttpStatusCode Status, string Reference)> SendAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/teams/{team.Slug}/messages")
            {
                Content = JsonContent.Create(new
                {
                    citizenName = "Tomasz Nowak", preferredReply = "phone", citizenPhone = "07700 900 982",
                    subject = "Noise from the car park", body = "Motorbikes race round the car park after midnight.",
                }),
            };
            request.Headers.Add("Idempotency-Key", key);
            var response = await client.SendAsync(request);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return (response.StatusCode, body.GetProperty("reference").GetString()!);
        }

        var first = await SendAsync();
        var second = await SendAsync();

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.Created, second.Status);
        Assert.Equal(first.Reference, second.Reference);
        Assert.Matches("^TM-[0-9A-Z]{4}-[0-9A-Z]{4}$", first.Reference);
        Assert.Equal(before + 1, MessageCount());
    }

    private static HttpRequestMessage PublicMessage(string slug, string key, string name, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/teams/{slug}/messages")
        {
            Content = JsonContent.Create(new { citizenName = name, preferredReply = "email", citizenEmail = "sender@example.com", subject = "Litter", body }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [SkippableFact]
    public async Task Public_api_key_reused_for_another_message_answers_422_and_the_first_message_is_unchanged()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var key = Guid.NewGuid().ToString("N");
        var client = StaffClient.Anonymous(fixture);
        var first = await client.SendAsync(PublicMessage(team.Slug, key, "Grace Adeyemi", "Bins left open on the estate."));
        var reference = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("reference").GetString();
        var before = MessageCount();

        var other = await client.SendAsync(PublicMessage(team.Slug, key, "Leon Barker", "Fly-tipping behind the shops."));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal((HttpStatusCode)422, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await other.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        Assert.Contains("already used for a different message", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain(reference!, await other.Content.ReadAsStringAsync());
        Assert.Equal(before, MessageCount());
        var stored = fixture.WithDb(db => db.TeamMessages.Single(m => m.Reference == reference));
        Assert.Equal("Grace Adeyemi", stored.CitizenName);
        Assert.Equal(IdempotencyScopes.PublicApi, stored.IdempotencyScope);
    }

    [SkippableFact]
    public async Task The_same_key_sent_to_another_team_or_by_the_form_is_a_new_message()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var first = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var second = DemoPlaces.SecondWardTeamOfBarkingAndDagenham(fixture);
        var key = Guid.NewGuid().ToString("N");
        var client = StaffClient.Anonymous(fixture);
        var before = MessageCount();

        var toFirst = await client.SendAsync(PublicMessage(first.Slug, key, "Grace Adeyemi", "Bins left open on the estate."));
        var toSecond = await client.SendAsync(PublicMessage(second.Slug, key, "Grace Adeyemi", "Bins left open on the estate."));
        var page = await client.GetStringAsync($"/teams/{first.Slug}/contact");
        var form = GoodForm(key);
        form["__RequestVerificationToken"] = StaffClient.TokenOf(page);
        var byForm = await client.PostAsync($"/teams/{first.Slug}/contact", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Created, toFirst.StatusCode);
        Assert.Equal(HttpStatusCode.Created, toSecond.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byForm.StatusCode);
        var references = new[]
        {
            JsonDocument.Parse(await toFirst.Content.ReadAsStringAsync()).RootElement.GetProperty("reference").GetString(),
            JsonDocument.Parse(await toSecond.Content.ReadAsStringAsync()).RootElement.GetProperty("reference").GetString(),
            byForm.Headers.Location!.ToString().Split('/')[^1],
        };
        Assert.Equal(3, references.Distinct().Count());
        Assert.Equal(before + 3, MessageCount());
    }

    [SkippableFact]
    public async Task Contact_form_sent_again_with_other_words_keeps_what_was_typed_and_asks_for_it_to_be_sent_again()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var client = StaffClient.Anonymous(fixture);
        var page = await client.GetStringAsync($"/teams/{team.Slug}/contact");
        var key = KeyPattern().Match(page).Groups[1].Value;
        var form = GoodForm(key);
        form["__RequestVerificationToken"] = StaffClient.TokenOf(page);
        var first = await client.PostAsync($"/teams/{team.Slug}/contact", new FormUrlEncodedContent(form));
        var before = MessageCount();

        form["Body"] = "Now the cars block the bus stop as well.";
        var edited = await client.PostAsync($"/teams/{team.Slug}/contact", new FormUrlEncodedContent(form));
        var answer = await edited.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Contains("govuk-error-summary", answer);
        Assert.Contains("already sent with a different message", answer);
        Assert.Contains("Now the cars block the bus stop as well.", answer);
        var newKey = KeyPattern().Match(answer).Groups[1].Value;
        Assert.NotEqual(key, newKey);
        Assert.Equal(before, MessageCount());

        form["IdempotencyKey"] = newKey;
        form["__RequestVerificationToken"] = StaffClient.TokenOf(answer);
        var resent = await client.PostAsync($"/teams/{team.Slug}/contact", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.NotEqual(first.Headers.Location, resent.Headers.Location);
        Assert.Equal(before + 1, MessageCount());
    }

    [SkippableFact]
    public async Task Public_api_without_an_idempotency_key_is_refused()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var before = MessageCount();

        var response = await StaffClient.Anonymous(fixture).PostAsJsonAsync($"/api/public/teams/{team.Slug}/messages",
            new { citizenName = "A. Person", preferredReply = "email", citizenEmail = "a@example.com", subject = "Hello", body = "Hello" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(before, MessageCount());
    }

    [SkippableFact]
    public async Task Public_api_for_an_unknown_team_is_not_found()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/public/teams/no-such-team/messages")
        {
            Content = JsonContent.Create(new { citizenName = "A. Person", preferredReply = "email", citizenEmail = "a@example.com", subject = "Hello", body = "Hello" }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));

        var response = await StaffClient.Anonymous(fixture).SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public void Public_submissions_are_rate_limited_by_the_public_policy()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var endpoints = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        foreach (var route in new[] { "api/public/teams/{slug}/messages", "teams/{slug}/contact" })
        {
            var endpoint = endpoints.Single(e => e.RoutePattern.RawText?.TrimStart('/') == route);
            Assert.Equal(Web.Hosting.RateLimitOptions.PublicPolicy, endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName);
        }
    }

    [GeneratedRegex("name=\"IdempotencyKey\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex KeyPattern();
}

[Collection(SqliteApp.Name)]
public sealed class ContactTestsOnSqlite(SqliteAppFixture fixture) : ContactTests(fixture);

[Collection(PostgresApp.Name)]
public sealed class ContactTestsOnPostgres(PostgresAppFixture fixture) : ContactTests(fixture);
