using System.Net;
using System.Text.Json;
using CitizenFocus.Organisation;
using CitizenFocus.Web.Tests.Infrastructure;

namespace CitizenFocus.Web.Tests.Organisation;

/// <summary>The organisation browser, the staff directory and the API reference over HTTP.</summary>
public abstract class OrganisationPagesTests(AppFixture fixture)
{
    [SkippableFact]
    public async Task Ward_page_shows_the_ward_its_team_and_its_establishment_model()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var ward = fixture.WithDb(db => db.Wards.OrderBy(w => w.Id).First());
        var client = await StaffClient.SignedInAsync(fixture, "inspector.barking-and-dagenham");

        var html = await client.GetStringAsync($"/Organisation/Wards/{ward.Code}");

        Assert.Contains(WebUtility.HtmlEncode(ward.Name), html);
        Assert.Contains(ward.Population.ToString("N0"), html);
        Assert.Contains(ward.IsLarge ? "1-2-6" : "1-2-3", html);
        Assert.Contains("Safer Neighbourhood Team", html);
        Assert.Contains("<svg", html);
    }

    [SkippableFact]
    public async Task Unknown_ward_is_not_found()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var client = await StaffClient.SignedInAsync(fixture, "inspector.barking-and-dagenham");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Organisation/Wards/E05999999")).StatusCode);
        var api = await client.GetAsync("/api/organisation/wards/E05999999");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Below_establishment_page_lists_exactly_the_teams_short_of_their_model()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        // Independent count: ward teams whose members fall short of 1-2-3 (1-2-6 over 14,000 residents).
        var expected = fixture.WithDb(db => db.Teams.Where(t => t.Kind == TeamKind.WardTeam).ToList()
            .Count(t =>
            {
                var ward = db.Wards.Single(w => w.Id == t.WardId);
                var members = db.TeamMembers.Where(m => m.TeamId == t.Id).ToList();
                var pcsosNeeded = ward.Population > 14_000 ? 6 : 3;
                return members.Count(m => m.Role == StaffRole.Sergeant) < 1
                    || members.Count(m => m.Role == StaffRole.Constable) < 2
                    || members.Count(m => m.Role == StaffRole.Pcso) < pcsosNeeded;
            }));
        Assert.True(expected > 0, "the demo force should have teams below establishment");
        var client = await StaffClient.SignedInAsync(fixture, "analyst");

        var json = await client.GetStringAsync("/api/organisation/below-establishment");
        var html = await client.GetStringAsync("/Organisation/BelowEstablishment");

        Assert.Equal(expected, JsonDocument.Parse(json).RootElement.GetArrayLength());
        Assert.Contains($"{expected:N0} teams are below establishment", html);
    }

    [SkippableFact]
    public async Task Staff_search_finds_a_member_by_surname_by_full_name_and_by_staff_number()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var member = fixture.WithDb(db => db.TeamMembers.OrderBy(m => m.Id).Skip(10).First());
        var client = await StaffClient.SignedInAsync(fixture, "analyst");

        var bySurname = await client.GetStringAsync($"/Staff?q={Uri.EscapeDataString(member.FamilyName.ToLowerInvariant())}");
        var byName = await client.GetStringAsync($"/api/staff?q={Uri.EscapeDataString(member.GivenName + " " + member.FamilyName)}");
        var byNumber = await client.GetStringAsync($"/api/staff?q={member.StaffNumber}");

        Assert.Contains(member.StaffNumber, bySurname);
        Assert.Contains(member.StaffNumber, byName);
        var rows = JsonDocument.Parse(byNumber).RootElement.GetProperty("rows");
        Assert.Equal(1, rows.GetArrayLength());
        Assert.Equal(member.StaffNumber, rows[0].GetProperty("staffNumber").GetString());
    }

    [SkippableFact]
    public async Task Empty_staff_search_shows_a_field_error_and_the_api_a_problem()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var client = await StaffClient.SignedInAsync(fixture, "analyst");
        var html = await client.GetStringAsync("/Staff?q=");
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("Enter a surname, a full name or a staff number", html);
        var api = await client.GetAsync("/api/staff?q=");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task OpenApi_document_describes_the_apis_and_the_reference_page_is_served()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var client = StaffClient.Anonymous(fixture);
        var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/organisation/wards/{code}", out _));
        Assert.True(paths.TryGetProperty("/api/calls/{reference}", out _));
        Assert.True(paths.TryGetProperty("/api/staff", out _));
        foreach (var path in new[] { "/api/messages", "/api/messages/{reference}", "/api/messages/{reference}/reply",
            "/api/public/teams/{slug}/messages", "/api/compliance" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api-reference/")).StatusCode);
    }
}

[Collection(SqliteApp.Name)]
public sealed class OrganisationPagesTestsOnSqlite(SqliteAppFixture fixture) : OrganisationPagesTests(fixture);

[Collection(PostgresApp.Name)]
public sealed class OrganisationPagesTestsOnPostgres(PostgresAppFixture fixture) : OrganisationPagesTests(fixture);
