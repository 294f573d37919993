using System.Net;
using System.Text;
using CitizenFocus.Web.Tests.Infrastructure;

namespace CitizenFocus.Web.Tests.Hosting;

/// <summary>Errors on the API come back as RFC 9457 problem details, never as HTML pages.</summary>
public abstract class ApiProblemTests(AppFixture fixture)
{
    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("title").GetString()));
    }

    [SkippableFact]
    public async Task Unauthorised_forbidden_unsupported_and_missing_come_back_as_problem_details()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var anonymous = StaffClient.Anonymous(fixture);
        var partner = await StaffClient.SignedInAsync(fixture, "partner.barking-and-dagenham");

        await AssertProblem(await anonymous.GetAsync("/api/calls"), HttpStatusCode.Unauthorized);
        await AssertProblem(await partner.GetAsync("/api/performance?level=force"), HttpStatusCode.Forbidden);
        var officer = await StaffClient.SignedInAsync(fixture, "officer.barking-and-dagenham");
        await AssertProblem(await officer.PostAsync("/api/messages", new StringContent("hello", Encoding.UTF8, "text/plain")),
            HttpStatusCode.UnsupportedMediaType);
        await AssertProblem(await officer.GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound);

        // Pages keep their pages.
        var page = await officer.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }
}

[Collection(SqliteApp.Name)]
public sealed class ApiProblemTestsOnSqlite(SqliteAppFixture fixture) : ApiProblemTests(fixture);

[Collection(PostgresApp.Name)]
public sealed class ApiProblemTestsOnPostgres(PostgresAppFixture fixture) : ApiProblemTests(fixture);
