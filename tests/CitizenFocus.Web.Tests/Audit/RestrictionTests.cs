using System.Net;
using CitizenFocus.Audit;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Web.Tests.Audit;

/// <summary>
/// Issue 22: a restricted record (DPA 2018 s.47) is read only by the roles its restriction names. The borough commander
/// is named; the force-wide call handler, whose scope covers the call, is refused as if it did not exist, and the
/// refusal is in the audit trail. Lifting the restriction gives it back.
/// </summary>
public abstract class RestrictionTests(AppFixture fixture)
{
    private async Task<T> WithRestrictionsAsync<T>(Func<RecordRestrictions, Task<T>> act)
    {
        using var scope = fixture.App.Services.CreateScope();
        return await act(scope.ServiceProvider.GetRequiredService<RecordRestrictions>());
    }

    [SkippableFact]
    public async Task A_restricted_call_is_read_only_by_the_named_roles_and_a_refusal_is_audited()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var reference = fixture.WithDb(db =>
        {
            var borough = db.Boroughs.Single(b => b.Name == "Barking and Dagenham").Id;
            return db.Calls.Where(c => c.BoroughId == borough).OrderByDescending(c => c.Id).Skip(7).Select(c => c.Reference).First();
        });
        var commander = await StaffClient.SignedInAsync(fixture, "commander.barking-and-dagenham");
        var handler = await StaffClient.SignedInAsync(fixture, "callhandler");
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync($"/api/calls/{reference}")).StatusCode);

        var placed = await WithRestrictionsAsync(r => r.PlaceAsync("Call", reference, ["Borough commander"], "The caller disputes the record's accuracy", "cli:test"));
        try
        {
            Assert.True(placed.Succeeded, string.Join("; ", placed.Errors));
            var since = fixture.WithDb(db => db.AuditEntries.Max(e => e.Sequence));

            var byCommander = await commander.GetAsync($"/api/calls/{reference}");
            var byHandlerApi = await handler.GetAsync($"/api/calls/{reference}");
            var byHandlerPage = await handler.GetAsync($"/Calls/{reference}");

            Assert.Equal(HttpStatusCode.OK, byCommander.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, byHandlerApi.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, byHandlerPage.StatusCode);
            var rows = fixture.WithDb(db => db.AuditEntries.AsNoTracking().Where(e => e.Sequence > since && e.RecordId == reference)
                .OrderBy(e => e.Sequence).Select(e => new { e.Action, e.Actor, e.Detail }).ToList());
            Assert.Equal([AuditAction.Consultation, AuditAction.RefusedOutOfScope, AuditAction.RefusedOutOfScope], rows.Select(r => r.Action));
            Assert.EndsWith("restricted: not for the reader's role", rows[1].Detail);
            Assert.Equal("callhandler" + StaffClient.DemoDomain, rows[1].Actor);
        }
        finally
        {
            Assert.True((await WithRestrictionsAsync(r => r.LiftAsync("Call", reference, "cli:test"))).Succeeded);
        }
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync($"/api/calls/{reference}")).StatusCode);
    }

    [SkippableFact]
    public async Task A_restriction_needs_known_roles_a_reason_and_a_record_that_exists()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var reference = fixture.WithDb(db => db.Calls.OrderBy(c => c.Id).Select(c => c.Reference).First());

        var badRole = await WithRestrictionsAsync(r => r.PlaceAsync("Call", reference, ["Chief"], "x", "cli:test"));
        var noReason = await WithRestrictionsAsync(r => r.PlaceAsync("Call", reference, ["Inspector"], " ", "cli:test"));
        var missing = await WithRestrictionsAsync(r => r.PlaceAsync("Call", "CAD-NONE", ["Inspector"], "x", "cli:test"));
        var crime = await WithRestrictionsAsync(r => r.PlaceAsync("Crime", reference, ["Inspector"], "x", "cli:test"));

        Assert.Equal("There is no role called 'Chief'", badRole.Errors[0].Message.Split('.')[0]);
        Assert.Equal("Give the reason for the restriction", noReason.Errors[0].Message);
        Assert.Equal(CitizenFocus.Common.FailureKind.NotFound, missing.Kind);
        Assert.StartsWith("Records of type 'Crime' cannot be restricted", crime.Errors[0].Message);
        Assert.Equal(0, fixture.WithDb(db => db.RecordRestrictions.Count(r => r.RecordId == reference)));
    }
}

[Collection(SqliteApp.Name)]
public sealed class RestrictionTestsOnSqlite(SqliteAppFixture fixture) : RestrictionTests(fixture);

[Collection(PostgresApp.Name)]
public sealed class RestrictionTestsOnPostgres(PostgresAppFixture fixture) : RestrictionTests(fixture);
