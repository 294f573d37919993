using System.Net;
using System.Text.RegularExpressions;
using CitizenFocus.Identity;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Web.Tests.Organisation;

/// <summary>A fixture of its own: this test loads a force into the empty database.</summary>
public sealed class SetUpSqliteAppFixture() : EmptyAppFixture(Data.DatabaseProvider.Sqlite);

public sealed class SetUpPostgresAppFixture() : EmptyAppFixture(Data.DatabaseProvider.Postgres);

/// <summary>
/// Issue 21: from an empty database, the documented commands on the sample files (docs/setup.md) give a force whose
/// administrator and borough commander, made by the staff import, set their passwords with their links, sign in, and
/// find every staff page answering 200 with the loaded force.
/// </summary>
public abstract partial class ForceSetUpTests(AppFixture fixture)
{
    private const string Password = "Correct-horse-battery-2026";

    /// <summary>Pages reached only by a link that names what they show: they are opened here as the links open them.</summary>
    private static readonly Dictionary<string, string> NeedParameters = new()
    {
        ["/Performance/Download"] = "/Performance/Download?level=borough&unit=E09000002&format=csv",
        ["/Performance/PeerGroups"] = "/Performance/PeerGroups?Level=borough&Unit=E09000002",
        ["/Performance/Diagnostics"] = "/Performance/Diagnostics?Level=borough&Unit=E09000002&Indicator=pas-confidence",
    };

    private static string Samples(string name) => CitizenFocus.Tests.Infrastructure.SampleFiles.PathOf(name);

    private async Task<HttpClient> AcceptAndSignInAsync(string email)
    {
        var body = fixture.WithDb(db => db.Notifications.Single(n => n.Recipient == email).Body);
        var link = LinkPattern().Match(body).Value;
        var path = new Uri(link).PathAndQuery;
        var client = StaffClient.Anonymous(fixture);
        var form = await client.GetStringAsync(path);
        Assert.Contains(email, form);
        var set = await client.PostAsync("/Account/SetPassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Token"] = Uri.UnescapeDataString(path.Split("token=")[1]), ["Password"] = Password, ["Confirm"] = Password,
            ["__RequestVerificationToken"] = StaffClient.TokenOf(form),
        }));
        Assert.Equal("/Account/SignIn?password=set", set.Headers.Location!.ToString());
        Assert.Contains("has expired or has been used", await client.GetStringAsync(path));
        var signedIn = await StaffClient.PostFormAsync(client, "/Account/SignIn", new() { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    [SkippableFact]
    public async Task The_documented_commands_on_the_samples_give_a_force_whose_staff_sign_in_and_open_every_page()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        // What `import organisation` and `import staff` run (the commands themselves are tested in CitizenFocus.Tests).
        using (var scope = fixture.App.Services.CreateScope())
        {
            await using var organisationFile = File.OpenRead(Samples("organisation.csv"));
            var organisation = await scope.ServiceProvider.GetRequiredService<CitizenFocus.Organisation.ImportOrganisation>().HandleAsync(organisationFile);
            Assert.True(organisation.Succeeded, string.Join("; ", organisation.Errors));
            await using var staffFile = File.OpenRead(Samples("staff.csv"));
            var staff = await scope.ServiceProvider.GetRequiredService<ImportStaff>()
                .HandleAsync(staffFile, new Uri("https://citizenfocus.northshire.example"), "cli:setup");
            Assert.Equal(4, staff.Value.Created);
        }

        var admin = await AcceptAndSignInAsync("asha.patel@northshire.police.example");
        var commander = await AcceptAndSignInAsync("tom.reid@northshire.police.example");

        Assert.Contains("Northshire Police", await admin.GetStringAsync("/Organisation"));
        var pages = EmptyDatabaseTests.StaffPages(fixture).Where(p => !NeedParameters.ContainsKey(p)).ToList();
        pages.AddRange(NeedParameters.Values);
        var failures = new List<string>();
        foreach (var (who, client) in new[] { ("administrator", admin), ("borough commander", commander) })
            foreach (var page in pages)
            {
                using var response = await client.GetAsync(page);
                var refused = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/AccessDenied");
                if (response.StatusCode != HttpStatusCode.OK && !refused) failures.Add($"{who}: {(int)response.StatusCode} {page}");
            }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        // The commander's pack opens on their own borough, with no survey answers loaded yet.
        Assert.Contains("Performance pack: Barking and Dagenham", await commander.GetStringAsync("/Performance"));
    }

    [GeneratedRegex(@"https://\S+/Account/SetPassword\?token=\S+")]
    private static partial Regex LinkPattern();
}

[CollectionDefinition(Name)]
public sealed class SetUpSqliteApp : ICollectionFixture<SetUpSqliteAppFixture>
{
    public const string Name = "application set up from the samples on SQLite";
}

[CollectionDefinition(Name)]
public sealed class SetUpPostgresApp : ICollectionFixture<SetUpPostgresAppFixture>
{
    public const string Name = "application set up from the samples on PostgreSQL";
}

[Collection(SetUpSqliteApp.Name)]
public sealed class ForceSetUpTestsOnSqlite(SetUpSqliteAppFixture fixture) : ForceSetUpTests(fixture);

[Collection(SetUpPostgresApp.Name)]
public sealed class ForceSetUpTestsOnPostgres(SetUpPostgresAppFixture fixture) : ForceSetUpTests(fixture);
