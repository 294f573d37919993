using System.Net;
using CitizenFocus.Audit;
using CitizenFocus.Demo;
using CitizenFocus.Identity;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Web.Tests.Sharing;

/// <summary>
/// Partner agencies over the real HTTP pipeline: the demo council's account lands on a home page that says
/// which agency it represents and what is shared with it; it opens shared records, sees the person's details
/// only where disclosed, and nothing else. Staff share and disclose through the sharing page.
/// </summary>
public abstract class SharingTests(AppFixture fixture)
{
    private const string Partner = "partner.barking-and-dagenham";
    private const string CommanderA = "commander.barking-and-dagenham";
    private const string Council = "Barking and Dagenham Council";

    private sealed record Shared(string Type, string Reference, bool Disclosed);

    private List<Shared> SharedWithCouncil() => fixture.WithDb(db =>
    {
        var council = db.PartnerAgencies.Single(p => p.Name == Council).Id;
        return db.PartnerShares.AsNoTracking().Where(s => s.PartnerAgencyId == council).OrderBy(s => s.Id)
            .Select(s => new Shared(s.RecordType, s.RecordId, db.PartnerDisclosures.Any(d => d.ShareId == s.Id))).ToList();
    });

    private static string PathOf(Shared s) => $"/Sharing/{s.Type.ToLowerInvariant()}/{s.Reference}";

    [SkippableFact]
    public async Task Partner_demo_account_lands_on_a_home_page_naming_its_agency_and_listing_what_is_shared_with_it()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var shared = SharedWithCouncil();
        var client = await StaffClient.SignedInAsync(fixture, Partner);

        var response = await client.GetAsync("/");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"{Council}, a council in Barking and Dagenham", html);
        Assert.Contains($"You see only what the police have shared with {Council}", html);
        Assert.True(shared.Count >= 2, "the demo shares records with the council");
        Assert.All(shared, s => Assert.Contains($"href=\"{PathOf(s)}\"", html));
        Assert.DoesNotContain("href=\"/Messages\"", html); // no staff navigation or tasks
        Assert.DoesNotContain("You cannot see this page", html);
    }

    [SkippableFact]
    public async Task Partner_opens_a_shared_message_without_the_senders_details_and_the_view_is_audited()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var message = SharedWithCouncil().First(s => s.Type == RecordPlaces.Message && !s.Disclosed);
        var sender = fixture.WithDb(db => db.TeamMessages.Single(m => m.Reference == message.Reference));
        var client = await StaffClient.SignedInAsync(fixture, Partner);

        var response = await client.GetAsync(PathOf(message));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(sender.Subject, html);
        Assert.Contains($"the police have not disclosed them to {Council}", html);
        Assert.DoesNotContain(sender.CitizenName, html);
        Assert.DoesNotContain(sender.CitizenEmail!, html);
        var audit = fixture.WithDb(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.RecordId == message.Reference && e.Action == AuditAction.Consultation).OrderBy(e => e.Sequence).ToList());
        Assert.Equal(Partner + StaffClient.DemoDomain, audit[^1].Actor);
    }

    [SkippableFact]
    public async Task Partner_sees_the_senders_details_where_a_disclosure_with_its_justification_is_recorded()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var message = SharedWithCouncil().First(s => s.Type == RecordPlaces.Message && s.Disclosed);
        var sender = fixture.WithDb(db => db.TeamMessages.Single(m => m.Reference == message.Reference));
        var disclosure = fixture.WithDb(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.RecordId == message.Reference && e.Action == AuditAction.Disclosure).OrderBy(e => e.Sequence).ToList()[^1]);
        var client = await StaffClient.SignedInAsync(fixture, Partner);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(PathOf(message)));

        Assert.Contains(sender.CitizenName, html);
        Assert.Contains(disclosure.Justification!, html);
        Assert.Contains(Council, disclosure.Detail);
    }

    [SkippableFact]
    public async Task Partner_cannot_open_records_not_shared_with_its_agency_nor_staff_pages()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var shared = SharedWithCouncil().Select(s => s.Reference).ToHashSet();
        var notShared = fixture.WithDb(db => db.TeamMessages.OrderBy(m => m.Id).Select(m => m.Reference).Take(20).ToList()).First(r => !shared.Contains(r));
        var client = await StaffClient.SignedInAsync(fixture, Partner);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Sharing/message/{notShared}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Sharing/crime/anything")).StatusCode);
        var staffPage = await client.GetAsync($"/Messages/{notShared}");
        Assert.Equal(HttpStatusCode.Redirect, staffPage.StatusCode);
        Assert.Contains("/Account/AccessDenied", staffPage.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/messages/{shared.First()}")).StatusCode);
        var sharePage = await client.GetAsync($"{PathOf(SharedWithCouncil()[0])}/Share");
        Assert.Contains("/Account/AccessDenied", sharePage.Headers.Location!.ToString());
    }

    [SkippableFact]
    public async Task Partner_whose_agency_has_nothing_shared_is_told_so_in_plain_english()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        const string login = "partner.homes";
        using (var scope = fixture.App.Services.CreateScope())
        {
            var homes = await scope.ServiceProvider.GetRequiredService<CitizenFocus.Data.CitizenFocusDb>().PartnerAgencies
                .SingleAsync(p => p.Name == "Barking and Dagenham Homes");
            var add = await ActivatorUtilities.CreateInstance<AddStaffUser>(scope.ServiceProvider).HandleAsync(new AddStaffUserRequest(
                login + StaffClient.DemoDomain, "Homes officer", Roles.PartnerAgencyUser, null,
                homes.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), DemoGenerator.DemoPassword), "test");
            Assert.True(add.Succeeded, string.Join("; ", add.Errors));
        }
        var client = await StaffClient.SignedInAsync(fixture, login);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        Assert.Contains("Barking and Dagenham Homes, a housing provider in Barking and Dagenham", html);
        Assert.Contains("Nothing has been shared with your agency yet.", html);
    }

    [SkippableFact]
    public async Task Commander_shares_a_call_with_the_council_then_discloses_the_callers_details_and_the_council_sees_them()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var (reference, caller, councilId) = fixture.WithDb(db =>
        {
            var borough = db.Boroughs.Single(b => b.Name == "Barking and Dagenham").Id;
            var call = db.Calls.Where(c => c.BoroughId == borough).OrderByDescending(c => c.Id).First();
            return (call.Reference, call.CallerName, db.PartnerAgencies.Single(p => p.Name == Council).Id);
        });
        var commander = await StaffClient.SignedInAsync(fixture, CommanderA);
        var page = $"/Sharing/call/{reference}/Share";

        var empty = await StaffClient.PostFormAsync(commander, page, page + "?handler=Share", new() { ["ShareAgencyId"] = "", ["Reason"] = "" });
        var shared = await StaffClient.PostFormAsync(commander, page, page + "?handler=Share", new()
        {
            ["ShareAgencyId"] = councilId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Reason"] = "Drug dealing from a council flat",
        });
        var partner = await StaffClient.SignedInAsync(fixture, Partner);
        var withheld = WebUtility.HtmlDecode(await partner.GetStringAsync($"/Sharing/call/{reference}"));
        var disclosed = await StaffClient.PostFormAsync(commander, page, page + "?handler=Disclose", new()
        {
            ["DiscloseAgencyId"] = councilId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Justification"] = "The tenancy team needs the caller as a witness for possession proceedings",
        });
        var shown = WebUtility.HtmlDecode(await partner.GetStringAsync($"/Sharing/call/{reference}"));

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("govuk-error-summary", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, shared.StatusCode);
        Assert.Contains("Drug dealing from a council flat", withheld);
        Assert.DoesNotContain(caller, withheld);
        Assert.Equal(HttpStatusCode.Redirect, disclosed.StatusCode);
        Assert.Contains(caller, shown);
        var audit = fixture.WithDb(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.RecordId == reference && e.Action == AuditAction.Disclosure).OrderBy(e => e.Sequence).ToList());
        Assert.Equal(2, audit.Count);
        Assert.Equal("The tenancy team needs the caller as a witness for possession proceedings", audit[1].Justification);
        Assert.Equal(CommanderA + StaffClient.DemoDomain, audit[1].Actor);
    }

    [SkippableFact]
    public async Task Commander_cannot_share_another_boroughs_record_it_is_not_found()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var inB = fixture.WithDb(db =>
        {
            var borough = db.Boroughs.Single(b => b.Name == "Waltham Forest").Id;
            return db.TeamMessages.Where(m => m.BoroughId == borough).OrderBy(m => m.Id).Select(m => m.Reference).First();
        });
        var commander = await StaffClient.SignedInAsync(fixture, CommanderA);

        var response = await commander.GetAsync($"/Sharing/message/{inB}/Share");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(inB, await response.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteApp.Name)]
public sealed class SharingTestsOnSqlite(SqliteAppFixture fixture) : SharingTests(fixture);

[Collection(PostgresApp.Name)]
public sealed class SharingTestsOnPostgres(PostgresAppFixture fixture) : SharingTests(fixture);
