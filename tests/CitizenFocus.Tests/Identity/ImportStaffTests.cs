using System.Text.RegularExpressions;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Tests.Identity;

/// <summary>Issue 21: staff accounts in bulk from the documented CSV, with one-time links to set passwords, and leavers disabled.</summary>
public sealed partial class ImportStaffTests
{
    private const string Site = "https://citizenfocus.northshire.example";
    private readonly FakeTimeProvider time = TestClock.Create();

    private static string Samples(string name) => SampleFiles.PathOf(name);

    private async Task<(TestDatabase Database, ServiceProvider Services)> SetUpAsync(DatabaseProvider provider)
    {
        var database = await Databases.CreateAsync(provider);
        Assert.Equal(0, (await CliRunner.RunAsync(database, time, "import", "organisation", Samples("organisation.csv"))).ExitCode);
        var services = TestServices.Create(database, time);
        return (database, services);
    }

    private static async Task<Result<StaffImportSummary>> ImportAsync(ServiceProvider services, string text)
    {
        await using var scope = services.CreateAsyncScope();
        await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return await scope.ServiceProvider.GetRequiredService<ImportStaff>().HandleAsync(stream, new Uri(Site), "cli:hr");
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task The_sample_creates_accounts_without_passwords_and_sends_each_a_one_time_link_that_works_once(DatabaseProvider provider)
    {
        var (database, services) = await SetUpAsync(provider);
        await using var _ = database;
        await using var __ = services;

        var outcome = await CliRunner.RunAsync(database, time, "import", "staff", Samples("staff.csv"), "--site", Site);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal("Imported 4 rows: 4 accounts created (each sent a link to set its password), 0 changed, 0 unchanged, 0 disabled as leavers.", outcome.Output.Trim());
        await using var db = database.CreateDb();
        var tom = await db.Users.SingleAsync(u => u.Email == "tom.reid@northshire.police.example");
        Assert.Equal((OrgLevel.Borough, true, null), (tom.ScopeLevel, tom.FromStaffImport, tom.PasswordHash));
        var mail = await db.Notifications.SingleAsync(n => n.Recipient == tom.Email);
        var token = LinkPattern().Match(mail.Body).Groups[1].Value;
        Assert.StartsWith(Site + "/Account/SetPassword?token=", LinkPattern().Match(mail.Body).Value);
        Assert.DoesNotContain(await db.AccountInvitations.Select(i => i.TokenHash).ToListAsync(), h => h == token);

        Result<string> set, again, mismatch;
        await using (var scope = services.CreateAsyncScope())
        {
            var accept = scope.ServiceProvider.GetRequiredService<AcceptInvitation>();
            mismatch = await accept.HandleAsync(Uri.UnescapeDataString(token), "Correct-horse-battery-2026", "Correct-horse-battery-2027");
            set = await accept.HandleAsync(Uri.UnescapeDataString(token), "Correct-horse-battery-2026", "Correct-horse-battery-2026");
            again = await accept.HandleAsync(Uri.UnescapeDataString(token), "Another-horse-battery-2026", "Another-horse-battery-2026");
        }
        Assert.Equal("The two passwords are not the same", Assert.Single(mismatch.Errors).Message);
        Assert.Equal(tom.Email, set.Value);
        Assert.Equal(AcceptInvitation.Expired, Assert.Single(again.Errors).Message);
        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync(tom.Email!))!, "Correct-horse-battery-2026"));
        }
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_later_import_changes_a_role_and_disables_a_leaver(DatabaseProvider provider)
    {
        var (database, services) = await SetUpAsync(provider);
        await using var _ = database;
        await using var __ = services;
        Assert.True((await ImportAsync(services, await File.ReadAllTextAsync(Samples("staff.csv")))).Succeeded);
        var later = """
            email,name,role,scope
            asha.patel@northshire.police.example,Chief Inspector Asha Patel,administrator,force
            tom.reid@northshire.police.example,Superintendent Tom Reid,borough-commander,borough:E09000002
            lena.novak@northshire.police.example,Inspector Lena Novak,inspector,borough:E09000002
            """;

        var result = await ImportAsync(services, later);

        Assert.Equal(new StaffImportSummary(3, 0, 1, 2, 1), result.Value);
        await using var db = database.CreateDb();
        var priya = await db.Users.SingleAsync(u => u.Email == "priya.shah@northshire.police.example");
        Assert.True(ChangeStaffUser.IsDisabled(priya.LockoutEnd));
        var lena = await db.Users.SingleAsync(u => u.Email == "lena.novak@northshire.police.example");
        Assert.Equal(("Inspector Lena Novak", OrgLevel.Borough), (lena.DisplayName, lena.ScopeLevel));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_bad_file_is_refused_naming_row_and_column_and_creates_nobody(DatabaseProvider provider)
    {
        var (database, services) = await SetUpAsync(provider);
        await using var _ = database;
        await using var __ = services;
        var bad = """
            email,name,role,scope
            not-an-email,Someone,inspector,force
            a.b@northshire.police.example,A B,chief,force
            c.d@northshire.police.example,C D,inspector,borough:E09999999
            a.b@northshire.police.example,A B again,inspector,force
            """;

        var result = await ImportAsync(services, bad);

        Assert.Equal([(1L, "email"), (2L, "role"), (3L, "scope"), (4L, "email")], result.Errors.Select(e => (e.Row!.Value, e.Field)));
        Assert.StartsWith("'chief' is not a role", result.Errors[1].Message);
        Assert.Equal("a.b@northshire.police.example is already on row 2", result.Errors[3].Message);
        await using var db = database.CreateDb();
        Assert.Equal((0, 0), (await db.Users.CountAsync(), await db.Notifications.CountAsync()));
    }

    [GeneratedRegex(@"https://\S+/Account/SetPassword\?token=(\S+)")]
    private static partial Regex LinkPattern();
}
