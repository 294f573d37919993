using System.Net;
using CitizenFocus.Audit;
using CitizenFocus.Data;
using CitizenFocus.Demo;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Web.Tests.Identity;

/// <summary>
/// Sessions end on the server (issue 13): a copy of the cookie is refused after sign-out, after the account changes,
/// after 30 idle minutes and 10 hours after sign-in; sign-ins, failures and lockouts are security events in the audit
/// trail with the client address; an unknown account fails and locks exactly as a real one does. The clock is moved
/// on, so these tests have an application of their own.
/// </summary>
public abstract class SessionTests(AppFixture fixture)
{
    private const string Commander = "commander.barking-and-dagenham";
    private static string Email(string login) => login + StaffClient.DemoDomain;

    private string CallInScope() => fixture.WithDb(db =>
    {
        var borough = db.Boroughs.Single(b => b.Name == "Barking and Dagenham").Id;
        return db.Calls.Where(c => c.BoroughId == borough).OrderBy(c => c.Id).Select(c => c.Reference).First();
    });

    /// <summary>A second client carrying only a copy of <paramref name="signedIn"/>'s cookie, as an attacker replaying it would.</summary>
    private HttpClient Replay(string cookieHeader)
    {
        var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookieHeader);
        return client;
    }

    private static async Task<(HttpClient Client, string Cookie)> SignInAsync(AppFixture fixture, string login)
    {
        var client = StaffClient.Anonymous(fixture);
        var page = await client.GetStringAsync("/Account/SignIn");
        var response = await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = Email(login), ["Password"] = DemoGenerator.DemoPassword, ["__RequestVerificationToken"] = StaffClient.TokenOf(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("citizenfocus=", StringComparison.Ordinal));
        return (client, cookie.Split(';')[0]);
    }

    private int Consultations(string reference) => fixture.WithDb(db =>
        db.AuditEntries.Count(e => e.Action == AuditAction.Consultation && e.RecordId == reference && e.Actor == Email(Commander)));

    [SkippableFact]
    public async Task After_sign_out_a_copy_of_the_old_cookie_reads_nothing_and_consults_nothing()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var reference = CallInScope();
        var (client, cookie) = await SignInAsync(fixture, Commander);
        Assert.Equal(HttpStatusCode.OK, (await Replay(cookie).GetAsync($"/api/calls/{reference}")).StatusCode);
        var consulted = Consultations(reference);

        var signOut = await StaffClient.PostFormAsync(client, "/", "/Account/SignOut", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var page = await Replay(cookie).GetAsync("/Calls");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/SignIn", page.Headers.Location!.ToString());
        var api = await Replay(cookie).GetAsync($"/api/calls/{reference}");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(consulted, Consultations(reference));
        Assert.True(fixture.WithDb(db => db.AuditEntries.Any(e => e.Action == AuditAction.SignedOut && e.Actor == Email(Commander))));
    }

    [SkippableFact]
    public async Task A_change_to_the_account_ends_its_sessions_at_the_next_request()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var (_, cookie) = await SignInAsync(fixture, Commander);
        Assert.Equal(HttpStatusCode.OK, (await Replay(cookie).GetAsync("/Calls")).StatusCode);

        // What a password change, a change of role or scope, or disabling the account does: a new security stamp.
        using (var scope = fixture.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(Email(Commander)))!);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await Replay(cookie).GetAsync("/Calls")).StatusCode);
    }

    private const string NewPassword = "Correct-horse-battery-2026";

    /// <summary>A new account of its own, so that changing it leaves the demo accounts other tests sign in with alone.</summary>
    private async Task<string> NewAccountAsync(string role, OrgLevel? level, string? unit)
    {
        var email = $"change.{Guid.NewGuid():N}@met.police.example";
        using var scope = fixture.App.Services.CreateScope();
        var added = await scope.ServiceProvider.GetRequiredService<AddStaffUser>()
            .HandleAsync(new AddStaffUserRequest(email, "Changed Person", role, level, unit, NewPassword), "cli:test");
        Assert.True(added.Succeeded, string.Join("; ", added.Errors));
        return email;
    }

    private async Task<(HttpStatusCode Status, string? Cookie)> SignInAsAsync(string email)
    {
        var client = StaffClient.Anonymous(fixture);
        var response = await StaffClient.PostFormAsync(client, "/Account/SignIn", new() { ["Email"] = email, ["Password"] = NewPassword });
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith("citizenfocus=", StringComparison.Ordinal))?.Split(';')[0]
            : null;
        return (response.StatusCode, cookie);
    }

    private async Task<T> WithAccountsAsync<T>(Func<ChangeStaffUser, Task<T>> act)
    {
        using var scope = fixture.App.Services.CreateScope();
        return await act(scope.ServiceProvider.GetRequiredService<ChangeStaffUser>());
    }

    [SkippableFact]
    public async Task Narrowing_an_accounts_scope_ends_its_sessions_and_the_next_sign_in_has_only_the_new_scope()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var waltham = fixture.WithDb(db =>
        {
            var b = db.Boroughs.Single(x => x.Name == "Waltham Forest").Id;
            return db.Calls.Where(c => c.BoroughId == b).OrderBy(c => c.Id).Select(c => c.Reference).First();
        });
        var barkingCode = fixture.WithDb(db => db.Boroughs.Single(x => x.Name == "Barking and Dagenham").Code);
        var email = await NewAccountAsync(Roles.CallHandler, OrgLevel.Force, null);
        var (_, cookie) = await SignInAsAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await Replay(cookie!).GetAsync($"/api/calls/{waltham}")).StatusCode);

        var changed = await WithAccountsAsync(users => users.ChangeAsync(
            new ChangeStaffUserRequest(email, null, true, OrgLevel.Borough, barkingCode), "cli:test"));

        Assert.True(changed.Succeeded, string.Join("; ", changed.Errors));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Replay(cookie!).GetAsync($"/api/calls/{waltham}")).StatusCode);
        var (_, fresh) = await SignInAsAsync(email);
        Assert.Equal(HttpStatusCode.NotFound, (await Replay(fresh!).GetAsync($"/api/calls/{waltham}")).StatusCode);
        var row = fixture.WithDb(db => db.AuditEntries.AsNoTracking().Where(e => e.RecordType == AddStaffUser.RecordType && e.Action == AuditAction.Alteration)
            .OrderByDescending(e => e.Sequence).First());
        Assert.Equal($"access changed from role {Roles.CallHandler}; scope force to role {Roles.CallHandler}; scope borough:{barkingCode}; its sessions were ended", row.Detail);
    }

    [SkippableFact]
    public async Task A_disabled_account_loses_its_sessions_and_cannot_sign_in_until_enabled()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var email = await NewAccountAsync(Roles.PerformanceAnalyst, OrgLevel.Force, null);
        var (_, cookie) = await SignInAsAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await Replay(cookie!).GetAsync("/Organisation")).StatusCode);

        Assert.True((await WithAccountsAsync(users => users.DisableAsync(email, "cli:test"))).Succeeded);

        Assert.Equal(HttpStatusCode.Redirect, (await Replay(cookie!).GetAsync("/Organisation")).StatusCode);
        var refused = await SignInAsAsync(email);
        Assert.Equal((HttpStatusCode.OK, (string?)null), refused);
        Assert.True(ChangeStaffUser.IsDisabled(fixture.WithDb(db => db.Users.Single(u => u.Email == email).LockoutEnd)));

        Assert.True((await WithAccountsAsync(users => users.EnableAsync(email, "cli:test"))).Succeeded);
        var (status, again) = await SignInAsAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal(HttpStatusCode.OK, (await Replay(again!).GetAsync("/Organisation")).StatusCode);
    }

    [SkippableFact]
    public async Task A_session_ends_after_30_idle_minutes_and_10_hours_after_sign_in_however_used()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var (idle, _) = await SignInAsync(fixture, Commander);
        fixture.Time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await idle.GetAsync("/Calls")).StatusCode);
        fixture.Time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Redirect, (await idle.GetAsync("/Calls")).StatusCode);

        var (busy, _) = await SignInAsync(fixture, Commander);
        for (var minutes = 20; minutes < 10 * 60; minutes += 20)
        {
            fixture.Time.Advance(TimeSpan.FromMinutes(20));
            Assert.True((await busy.GetAsync("/Calls")).StatusCode == HttpStatusCode.OK, $"refused after {minutes} minutes of use");
        }
        fixture.Time.Advance(TimeSpan.FromMinutes(21));
        Assert.Equal(HttpStatusCode.Redirect, (await busy.GetAsync("/Calls")).StatusCode);
    }

    [SkippableFact]
    public async Task Sign_ins_and_failures_are_audited_with_the_client_address_and_the_account_as_typed()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        await SignInAsync(fixture, Commander);
        var anonymous = StaffClient.Anonymous(fixture);
        await StaffClient.PostFormAsync(anonymous, "/Account/SignIn", new() { ["Email"] = Email(Commander), ["Password"] = "not the password at all" });
        await StaffClient.PostFormAsync(anonymous, "/Account/SignIn", new() { ["Email"] = "nobody.here@example.org", ["Password"] = "not the password at all" });

        using var scope = fixture.App.Services.CreateScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditQueries>();
        var commander = (await audit.SearchAsync(new AuditSearch(Actor: Email(Commander)))).Items;
        Assert.Contains(commander, r => r.Action == AuditAction.SignedIn);
        Assert.Contains(commander, r => r.Action == AuditAction.SignInFailed);
        var unknown = Assert.Single((await audit.SearchAsync(new AuditSearch(Actor: "nobody.here@example.org"))).Items);
        Assert.Equal(AuditAction.SignInFailed, unknown.Action);
        Assert.StartsWith("from ", unknown.Detail);

        var admin = await StaffClient.SignedInAsync(fixture, "admin");
        var page = await admin.GetStringAsync("/Audit?Actor=nobody.here%40example.org");
        Assert.Contains("Sign-in failed", page);
    }

    [SkippableFact]
    public async Task An_unknown_account_fails_and_locks_with_the_same_words_as_a_real_one()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var real = fixture.WithDb(db => db.Users.Where(u => u.IsDemo && u.Email!.StartsWith("sergeant")).Select(u => u.Email!).First());
        async Task<string> ErrorsAsync(string email)
        {
            var client = StaffClient.Anonymous(fixture);
            var errors = new List<string>();
            for (var i = 0; i < 6; i++)
            {
                var response = await StaffClient.PostFormAsync(client, "/Account/SignIn", new() { ["Email"] = email, ["Password"] = "wrong password " + i });
                var html = await response.Content.ReadAsStringAsync();
                errors.Add(System.Text.RegularExpressions.Regex.Match(html, "<p id=\"Email-error\"[^>]*>(.*?)</p>").Groups[1].Value);
            }
            return string.Join("\n", errors);
        }

        var realErrors = await ErrorsAsync(real);
        var unknownErrors = await ErrorsAsync("made.up.person@demo.citizenfocus.example");
        Assert.Equal(realErrors, unknownErrors);
        Assert.Contains("locked", realErrors.Split('\n')[^1]);
        Assert.DoesNotContain("locked", realErrors.Split('\n')[0]);
    }

    [SkippableFact]
    public async Task The_cookie_is_strict_and_http_only_no_server_header_is_sent_and_no_demo_account_is_listed_outside_development()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var client = StaffClient.Anonymous(fixture);
        var page = await client.GetAsync("/Account/SignIn");
        Assert.False(page.Headers.Contains("Server"));
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Demo accounts", html);
        Assert.DoesNotContain(DemoGenerator.DemoPassword, html);

        var response = await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = Email(Commander), ["Password"] = DemoGenerator.DemoPassword, ["__RequestVerificationToken"] = StaffClient.TokenOf(html),
        }));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("citizenfocus=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("samesite=strict", cookie);
        Assert.Contains("httponly", cookie);
    }
}

/// <summary>The session tests' own application: they move its clock on by hours.</summary>
public abstract class SessionAppFixture(DatabaseProvider provider) : AppFixture(provider);

public sealed class SessionSqliteFixture() : SessionAppFixture(DatabaseProvider.Sqlite);

public sealed class SessionPostgresFixture() : SessionAppFixture(DatabaseProvider.Postgres);

public sealed class SessionTestsOnSqlite(SessionSqliteFixture fixture) : SessionTests(fixture), IClassFixture<SessionSqliteFixture>;

public sealed class SessionTestsOnPostgres(SessionPostgresFixture fixture) : SessionTests(fixture), IClassFixture<SessionPostgresFixture>;
