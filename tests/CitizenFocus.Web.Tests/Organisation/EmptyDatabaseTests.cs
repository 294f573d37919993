using System.Net;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Web.Tests.Organisation;

/// <summary>The application on a migrated database with nothing loaded: no force, no demo.</summary>
public abstract class EmptyAppFixture(Data.DatabaseProvider provider) : AppFixture(provider)
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Demo:LoadWhenEmpty", "false");
}

public sealed class EmptySqliteAppFixture() : EmptyAppFixture(Data.DatabaseProvider.Sqlite);

public sealed class EmptyPostgresAppFixture() : EmptyAppFixture(Data.DatabaseProvider.Postgres);

/// <summary>
/// Issue 21: before a force has loaded anything, every staff page answers 200 (saying what is missing), never 404 or
/// 500, for the force-wide accounts an administrator creates first.
/// </summary>
public abstract class EmptyDatabaseTests(AppFixture fixture)
{
    private const string Password = "Correct-horse-battery-2026";

    private async Task<HttpClient> AccountAsync(string role)
    {
        var email = $"{Roles.Slug(role)}.{Guid.NewGuid():N}@force.example";
        using (var scope = fixture.App.Services.CreateScope())
        {
            var added = await scope.ServiceProvider.GetRequiredService<AddStaffUser>()
                .HandleAsync(new AddStaffUserRequest(email, "First " + role, role, OrgLevel.Force, null, Password), "cli:setup");
            Assert.True(added.Succeeded, string.Join("; ", added.Errors));
        }
        var client = StaffClient.Anonymous(fixture);
        var signedIn = await StaffClient.PostFormAsync(client, "/Account/SignIn", new() { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    /// <summary>Every staff page without a route parameter (sign-in and the error page aside), by its address.</summary>
    internal static List<string> StaffPages(AppFixture fixture) =>
        [.. fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null && e.RoutePattern.Parameters.Count == 0)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => !p.StartsWith("/Account/", StringComparison.Ordinal) && p != "/Error")
            .Distinct().Order()];

    [SkippableFact]
    public async Task Every_staff_page_answers_200_on_an_empty_database()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        Assert.Equal(0, fixture.WithDb(db => db.Forces.Count()));
        var pages = StaffPages(fixture);
        Assert.True(pages.Count > 15, $"found {pages.Count} pages");

        var failures = new List<string>();
        foreach (var role in new[] { Roles.Administrator, Roles.PerformanceAnalyst, Roles.CallHandler })
        {
            var client = await AccountAsync(role);
            foreach (var page in pages)
            {
                using var response = await client.GetAsync(page);
                var refused = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/AccessDenied");
                if (response.StatusCode != HttpStatusCode.OK && !refused)
                    failures.Add($"{role}: {(int)response.StatusCode} {page}");
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [SkippableFact]
    public async Task The_setup_checklist_shows_an_administrator_what_is_missing_and_the_command_for_each()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var admin = await AccountAsync(Roles.Administrator);
        var analyst = await AccountAsync(Roles.PerformanceAnalyst);

        var page = await admin.GetStringAsync("/Setup");
        var refused = await analyst.GetAsync("/Setup");

        Assert.Contains("8 of 10 are missing.", page); // the accounts this test made are loaded, and the seeded standards
        Assert.Contains("citizenfocus import organisation FILE", page);
        Assert.Contains("Staff accounts", page);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
    }

    [SkippableFact]
    public async Task No_api_answers_500_on_an_empty_database()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var apis = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) && e.RoutePattern.Parameters.Count == 0)
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is { } m && m.HttpMethods.Contains("GET"))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Distinct().Order().ToList();
        Assert.NotEmpty(apis);
        var client = await AccountAsync(Roles.Administrator);
        var analyst = await AccountAsync(Roles.PerformanceAnalyst);

        var failures = new List<string>();
        foreach (var api in apis)
            foreach (var reader in new[] { client, analyst })
            {
                using var response = await reader.GetAsync(api);
                if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} {api}");
            }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }
}

[CollectionDefinition(Name)]
public sealed class EmptySqliteApp : ICollectionFixture<EmptySqliteAppFixture>
{
    public const string Name = "empty application on SQLite";
}

[CollectionDefinition(Name)]
public sealed class EmptyPostgresApp : ICollectionFixture<EmptyPostgresAppFixture>
{
    public const string Name = "empty application on PostgreSQL";
}

[Collection(EmptySqliteApp.Name)]
public sealed class EmptyDatabaseTestsOnSqlite(EmptySqliteAppFixture fixture) : EmptyDatabaseTests(fixture);

[Collection(EmptyPostgresApp.Name)]
public sealed class EmptyDatabaseTestsOnPostgres(EmptyPostgresAppFixture fixture) : EmptyDatabaseTests(fixture);
