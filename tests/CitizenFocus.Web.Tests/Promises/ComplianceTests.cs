using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Promises;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Web.Tests.Promises;

/// <summary>Compliance figures, breaches, the CSV and the team publication check over HTTP.</summary>
public abstract class ComplianceTests(AppFixture fixture)
{
    private static readonly TimeZoneInfo London = UkTime.Zone;

    private DateOnly ThisMonth()
    {
        var local = TimeZoneInfo.ConvertTime(fixture.Time.GetUtcNow(), London);
        return new DateOnly(local.Year, local.Month, 1);
    }

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private async Task<string> SendAsync(DemoPlaces.Team team)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/teams/{team.Slug}/messages")
        {
            Content = JsonContent.Create(new
            {
                citizenName = "Rosa Martins", preferredReply = "email", citizenEmail = "rosa@example.com",
                subject = "Fly-tipping", body = "Mattresses dumped behind the shops.",
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var response = await StaffClient.Anonymous(fixture).SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("reference").GetString()!;
    }

    [SkippableFact]
    public async Task Compliance_by_team_for_a_month_equals_an_independent_count_of_the_clocks()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var month = ThisMonth();
        var reference = await SendAsync(team);
        var officer = await StaffClient.SignedInAsync(fixture, "officer.barking-and-dagenham");
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/messages/{reference}/reply", new { method = "email", summary = "Reported to the council." })).StatusCode);

        // Independent count: clocks of the standard started in the UK month, decided (ended, or breached while open).
        var from = TimeZoneInfo.ConvertTimeToUtc(month.ToDateTime(TimeOnly.MinValue), London);
        var to = TimeZoneInfo.ConvertTimeToUtc(month.AddMonths(1).ToDateTime(TimeOnly.MinValue), London);
        var expected = fixture.WithDb(db =>
        {
            var standardId = db.ServiceStandards.Single(s => s.Code == StandardCodes.TeamMessage).Id;
            var boroughId = db.Boroughs.Single(b => b.Code == team.BoroughCode).Id;
            var slugs = db.Teams.ToDictionary(t => t.Id, t => t.Slug);
            return db.Clocks.AsNoTracking().Where(c => c.StandardId == standardId && c.BoroughId == boroughId).ToList()
                .Where(c => c.StartedAt >= from && c.StartedAt < to && (c.Status == ClockStatus.Ended || c.BreachedAt != null))
                .GroupBy(c => slugs[c.TeamId!.Value])
                .ToDictionary(g => g.Key, g => (Decided: g.Count(), Met: g.Count(c => c.Outcome == ClockOutcome.Met)));
        });
        var analyst = await StaffClient.SignedInAsync(fixture, "analyst");

        var json = await analyst.GetStringAsync($"/api/compliance?standard={StandardCodes.TeamMessage}&level=team&borough={team.BoroughCode}&from={Month(month)}&to={Month(month)}");

        var rows = JsonDocument.Parse(json).RootElement.EnumerateArray()
            .ToDictionary(r => r.GetProperty("unitCode").GetString()!, r => (Decided: r.GetProperty("decided").GetInt32(), Met: r.GetProperty("met").GetInt32()));
        Assert.Equal(expected.OrderBy(e => e.Key), rows.OrderBy(r => r.Key));
        Assert.True(rows[team.Slug].Met >= 1);
    }

    [SkippableFact]
    public async Task Breaches_are_listed_with_their_reason_and_only_staff_who_work_with_personal_records_see_whose_they_are()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var month = ThisMonth();
        var reference = await SendAsync(team);
        fixture.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        await DemoPlaces.SweepAsync(fixture);
        Assert.NotNull(fixture.WithDb(db => db.Clocks.Single(c => c.RecordId == reference).BreachedAt));
        var query = $"/Compliance?Standard={StandardCodes.TeamMessage}&Level=Team&Borough={team.BoroughCode}&From={Month(month)}&To={Month(month)}";

        var inspector = await (await StaffClient.SignedInAsync(fixture, "inspector.barking-and-dagenham")).GetStringAsync(query);
        var analyst = await (await StaffClient.SignedInAsync(fixture, "analyst")).GetStringAsync(query);
        var otherCommander = await (await StaffClient.SignedInAsync(fixture, "commander.waltham-forest")).GetStringAsync(query);

        Assert.Contains($"href=\"/Messages/{reference}\"", inspector);
        Assert.Contains("Rosa Martins", inspector);
        Assert.Contains("Not done within 24 hours", inspector);
        Assert.Contains("Not done within 24 hours", analyst);
        Assert.DoesNotContain("Rosa Martins", analyst);
        Assert.Contains($"data-unit=\"{team.Slug}\"", otherCommander); // counts can be compared across boroughs
        Assert.DoesNotContain("Rosa Martins", otherCommander); // but breaches stay inside the reader's scope
        Assert.DoesNotContain("id=\"breaches\"", otherCommander);
    }

    [SkippableFact]
    public async Task Borough_users_start_from_their_own_borough()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var client = await StaffClient.SignedInAsync(fixture, "commander.barking-and-dagenham");

        var html = await client.GetStringAsync("/Compliance");

        Assert.Contains($"<option value=\"{team.BoroughCode}\" selected=\"selected\">", html);
        Assert.Contains("<option value=\"Team\" selected=\"selected\">", html);
    }

    [SkippableFact]
    public async Task Figures_download_as_csv_with_the_published_header()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var month = ThisMonth();
        var client = await StaffClient.SignedInAsync(fixture, "analyst");

        var response = await client.GetAsync($"/Compliance/Csv?Standard={StandardCodes.TeamMessage}&Level=Borough&Borough=all&From={Month(month.AddMonths(-2))}&To={Month(month)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ComplianceQueries.CsvHeader), lines[0].TrimEnd('\r'));
        Assert.All(lines.Skip(1), l => Assert.StartsWith(StandardCodes.TeamMessage + ",borough,", l));
    }

    [SkippableFact]
    public async Task A_standard_decided_from_recorded_times_breaks_down_by_its_dimension_on_the_page_csv_and_api()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var month = ThisMonth().AddMonths(-1);
        var client = await StaffClient.SignedInAsync(fixture, "analyst");
        var query = $"Standard={StandardCodes.EmergencyAnswered}&Level=Borough&Borough=all&From={Month(month)}&To={Month(month)}&By=category";

        var html = await client.GetStringAsync("/Compliance?" + query);
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/compliance?" + query)).RootElement;
        var csv = (await client.GetStringAsync("/Compliance/Csv?" + query)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

        // Independent count from the calls themselves: a 999 call kept the promise when answered within 10 seconds.
        var from = TimeZoneInfo.ConvertTimeToUtc(month.ToDateTime(TimeOnly.MinValue), London);
        var to = TimeZoneInfo.ConvertTimeToUtc(month.AddMonths(1).ToDateTime(TimeOnly.MinValue), London);
        var expected = fixture.WithDb(db => db.Calls.AsNoTracking()
            .Where(c => c.Kind == CitizenFocus.Calls.CallKind.Emergency && c.ReceivedAt >= from && c.ReceivedAt < to)
            .Join(db.Boroughs, c => c.BoroughId, b => b.Id, (c, b) => new { b.Code, c.Category, c.AnswerSeconds }).ToList()
            .GroupBy(c => (c.Code, c.Category))
            .ToDictionary(g => g.Key, g => (g.Count(), g.Count(c => c.AnswerSeconds <= 10))));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, api.EnumerateArray().ToDictionary(
            r => (r.GetProperty("unitCode").GetString()!, r.GetProperty("dimensionValue").GetString()!),
            r => (r.GetProperty("decided").GetInt32(), r.GetProperty("met").GetInt32())));
        Assert.Equal(expected.Count, csv.Count);
        Assert.All(csv, l => Assert.Contains(",category,", l));
        Assert.Contains("<th scope=\"col\" class=\"govuk-table__header\">Category</th>", html);
        Assert.Contains("<option value=\"category\" selected=\"selected\">Category</option>", html);
        var (code, category) = expected.Keys.First();
        Assert.Contains($"data-unit=\"{code}\" data-month=\"{Month(month)}\" data-value=\"{category}\"", html);
    }

    [SkippableFact]
    public async Task An_every_case_standard_reports_its_breaches_not_a_test_against_the_target()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var client = await StaffClient.SignedInAsync(fixture, "analyst");
        var month = ThisMonth().AddMonths(-1);

        var html = await client.GetStringAsync($"/Compliance?Standard={StandardCodes.TeamMessage}&Level=Borough&Borough=all&From={Month(month)}&To={Month(month)}");
        var unknown = await client.GetAsync($"/api/compliance?standard={StandardCodes.TeamMessage}&by=grade");

        Assert.Contains("promises <strong>every</strong> case", html);
        Assert.DoesNotContain("Significantly below target</strong>", html);
        Assert.Matches(@"govuk-tag--red"">[\d,]+ missed</strong>", html);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True(JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("by", out _));
    }

    [SkippableFact]
    public async Task Compliance_parameters_that_make_no_sense_get_field_errors()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var client = await StaffClient.SignedInAsync(fixture, "analyst");

        var api = await client.GetAsync("/api/compliance?level=street&from=2026-11&to=2026-01");
        var page = await client.GetStringAsync("/Compliance?Level=street&From=2026-11&To=2026-01");

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var errors = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("level", out _));
        Assert.True(errors.TryGetProperty("to", out _));
        Assert.Contains("govuk-error-summary", page);
        Assert.Contains("href=\"#Level\"", page);
    }

    [SkippableFact]
    public async Task Only_analysts_inspectors_commanders_and_administrators_see_compliance()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var officer = await StaffClient.SignedInAsync(fixture, "officer.barking-and-dagenham");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.GetAsync("/Compliance")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/compliance")).StatusCode);
        var inspector = await StaffClient.SignedInAsync(fixture, "inspector.barking-and-dagenham");
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync("/Compliance")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync("/api/compliance")).StatusCode);
    }

    [SkippableFact]
    public async Task Publication_check_lists_exactly_the_teams_with_missing_or_unconfirmed_details()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var now = fixture.Time.GetUtcNow().UtcDateTime;
        var expected = fixture.WithDb(db => db.Teams.AsNoTracking().ToList()
            .Where(t => string.IsNullOrEmpty(t.BaseAddress) || string.IsNullOrEmpty(t.Phone) || string.IsNullOrEmpty(t.Email)
                || t.DetailsReviewedAt is null || t.DetailsReviewedAt < now.AddDays(-90))
            .Select(t => t.Slug).OrderBy(s => s, StringComparer.Ordinal).ToList());
        Assert.NotEmpty(expected);
        var client = await StaffClient.SignedInAsync(fixture, "analyst");

        var html = await client.GetStringAsync("/Compliance/Teams");

        var listed = System.Text.RegularExpressions.Regex.Matches(html, "data-team=\"([^\"]+)\"").Select(m => m.Groups[1].Value)
            .OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, listed);
        Assert.Contains("below establishment", html);
    }

    [SkippableFact]
    public async Task Ward_sergeant_confirms_the_teams_published_details_and_the_confirmation_is_audited()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var team = DemoPlaces.FirstWardTeamOfBarkingAndDagenham(fixture);
        var officer = await StaffClient.SignedInAsync(fixture, "officer.barking-and-dagenham");
        var sergeant = await StaffClient.SignedInAsync(fixture, "sergeant.barking-and-dagenham");
        var path = $"/Organisation/Teams/{team.Slug}";
        Assert.DoesNotContain("Confirm these details are current", await officer.GetStringAsync(path));
        Assert.Contains("Confirm these details are current", await sergeant.GetStringAsync(path));

        var refused = await StaffClient.PostFormAsync(officer, path, path + "?handler=Confirm", new());
        var confirmed = await StaffClient.PostFormAsync(sergeant, path, path + "?handler=Confirm", new());

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(fixture.Time.GetUtcNow().UtcDateTime, fixture.WithDb(db => db.Teams.Single(t => t.Id == team.Id).DetailsReviewedAt));
        var audit = fixture.WithDb(db => db.AuditEntries.AsNoTracking().Where(e => e.RecordType == "Team" && e.RecordId == team.Slug).OrderBy(e => e.Sequence).ToList());
        Assert.Equal(AuditAction.Alteration, audit[^1].Action);
        Assert.Equal("sergeant.barking-and-dagenham" + StaffClient.DemoDomain, audit[^1].Actor);
    }
}

[Collection(SqliteApp.Name)]
public sealed class ComplianceTestsOnSqlite(SqliteAppFixture fixture) : ComplianceTests(fixture);

[Collection(PostgresApp.Name)]
public sealed class ComplianceTestsOnPostgres(PostgresAppFixture fixture) : ComplianceTests(fixture);
