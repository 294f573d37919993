using System.Net;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Web.Tests.Retention;

/// <summary>The retention rules page: administrators see every version and change a rule from a later date; others are refused.</summary>
public abstract class RetentionRulesPageTests(AppFixture fixture)
{
    [SkippableFact]
    public async Task An_administrator_schedules_a_change_and_a_bad_one_is_refused_field_by_field()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var admin = await StaffClient.SignedInAsync(fixture, "admin");
        var call = fixture.WithDb(db => db.RetentionRules.Where(r => r.RecordType == "Call").OrderBy(r => r.Id).Select(r => r.Id).First());

        var page = await admin.GetStringAsync("/Retention/Rules");
        var bad = await StaffClient.PostFormAsync(admin, "/Retention/Rules", new()
        {
            ["RuleId"] = call.ToString(), ["PeriodDays"] = "0", ["Outcome"] = "Review", ["AppliesFrom-day"] = "1", ["AppliesFrom-month"] = "1", ["AppliesFrom-year"] = "2020", ["Basis"] = "",
        });
        var badHtml = await bad.Content.ReadAsStringAsync();
        var before = fixture.WithDb(db => db.RetentionRules.Count());
        var good = await StaffClient.PostFormAsync(admin, "/Retention/Rules", new()
        {
            ["RuleId"] = call.ToString(), ["PeriodDays"] = "1,095", ["Outcome"] = "Anonymise", ["AppliesFrom-day"] = "1", ["AppliesFrom-month"] = "4", ["AppliesFrom-year"] = "2031",
            ["Basis"] = "Civil claims are brought within three years",
        });

        Assert.Contains("Every version of each rule", page);
        Assert.Contains("MoPI group 3", page);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        foreach (var message in new[] { "Enter the period as a number of days from 1 to 36,500", "Calls and messages are anonymised",
                     "The date must be today or later", "Give the reason for the period" })
            Assert.Contains(message, badHtml);
        Assert.Equal("/Retention/Rules?done=true", good.Headers.Location!.ToString());
        var after = await admin.GetStringAsync("/Retention/Rules?done=true");
        Assert.Contains("Scheduled", after);
        Assert.Contains("Civil claims are brought within three years", after);
        Assert.Equal(before + 1, fixture.WithDb(db => db.RetentionRules.Count()));
        var commander = await StaffClient.SignedInAsync(fixture, "commander.barking-and-dagenham");
        Assert.Equal(HttpStatusCode.Redirect, (await commander.GetAsync("/Retention/Rules")).StatusCode);
    }
}

[Collection(SqliteApp.Name)]
public sealed class RetentionRulesPageTestsOnSqlite(SqliteAppFixture fixture) : RetentionRulesPageTests(fixture);

[Collection(PostgresApp.Name)]
public sealed class RetentionRulesPageTestsOnPostgres(PostgresAppFixture fixture) : RetentionRulesPageTests(fixture);
