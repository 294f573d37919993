using System.Net;
using CitizenFocus.Web.Tests.Infrastructure;

namespace CitizenFocus.Web.Tests.Audit;

public abstract class AuditPageTests(AppFixture fixture)
{
    [SkippableFact]
    public async Task Administrator_finds_who_consulted_a_call()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var reference = fixture.WithDb(db => db.Calls.OrderByDescending(c => c.Id).Select(c => c.Reference).First());
        var handler = await StaffClient.SignedInAsync(fixture, "callhandler");
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync($"/Calls/{reference}")).StatusCode);
        var admin = await StaffClient.SignedInAsync(fixture, "admin");

        var html = await admin.GetStringAsync($"/Audit?RecordType=Call&RecordId={reference}");

        Assert.Contains("1 entry", html);
        Assert.Contains("callhandler@demo.citizenfocus.example", html);
        Assert.Contains("Consulted", html);
    }

    [SkippableFact]
    public async Task Audit_dates_in_the_wrong_order_show_a_field_error()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var admin = await StaffClient.SignedInAsync(fixture, "admin");
        var html = await admin.GetStringAsync("/Audit?From=2026-11-20&To=2026-11-01");
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("must be the same as or after", html);
    }

    [SkippableFact]
    public async Task Only_administrators_see_the_audit_trail()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, "commander.barking-and-dagenham");
        var response = await commander.GetAsync("/Audit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString());
    }
}

[Collection(SqliteApp.Name)]
public sealed class AuditPageTestsOnSqlite(SqliteAppFixture fixture) : AuditPageTests(fixture);

[Collection(PostgresApp.Name)]
public sealed class AuditPageTestsOnPostgres(PostgresAppFixture fixture) : AuditPageTests(fixture);
