using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Tests.Identity;

public sealed class AddStaffUserTests
{
    private const string Admin = "admin@met.police.example";
    private const string Password = "Correct-horse-2026";
    private readonly FakeTimeProvider time = TestClock.Create();

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Adding_a_borough_inspector_creates_an_account_found_with_its_role_and_scope(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var services = await ServicesWithOrganisationAsync(database);

        var result = await AddAsync(services, Request(role: "inspector", OrgLevel.Borough, OrganisationSeed.BoroughCode));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<StaffUserQueries>().FindByEmailAsync("insp.khan@met.police.example");
        Assert.NotNull(user);
        Assert.Equal(result.Value.UserId, user.Id);
        Assert.Equal("Inspector Khan", user.DisplayName);
        Assert.Equal([Roles.Inspector], user.Roles);
        Assert.Equal(OrgLevel.Borough, user.ScopeLevel);
        Assert.Equal(OrganisationSeed.BoroughCode, user.ScopeUnit);
        Assert.Equal("borough:E09000002", user.Scope);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Adding_a_user_writes_a_collection_audit_row_for_the_account(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var services = await ServicesWithOrganisationAsync(database);

        var result = await AddAsync(services, Request(role: Roles.WardSergeant, OrgLevel.Ward, OrganisationSeed.WestWardCode));

        await using var db = database.CreateDb();
        var row = Assert.Single(await db.AuditEntries.ToListAsync());
        Assert.Equal(Admin, row.Actor);
        Assert.Equal(AuditAction.Collection, row.Action);
        Assert.Equal(AddStaffUser.RecordType, row.RecordType);
        Assert.Equal(result.Value.UserId, row.RecordId);
        Assert.Contains("ward:E05000026", row.Detail);
        Assert.True((await new AuditVerifier(db, TestAuditKey.Keyring, time).VerifyAsync()).Intact);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task An_unknown_role_is_a_role_field_error_and_creates_nothing(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var services = await ServicesWithOrganisationAsync(database);

        var result = await AddAsync(services, Request(role: "Chief constable", OrgLevel.Borough, OrganisationSeed.BoroughCode));

        Assert.Equal(FailureKind.Validation, result.Kind);
        Assert.Contains("no role called 'Chief constable'", Assert.Single(result.ErrorsFor(nameof(AddStaffUserRequest.Role))).Message);
        await AssertNothingCreatedAsync(database);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task An_unknown_borough_code_is_a_scope_field_error_and_creates_nothing(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var services = await ServicesWithOrganisationAsync(database);

        var result = await AddAsync(services, Request(role: Roles.Inspector, OrgLevel.Borough, "E09999999"));

        Assert.Equal(FailureKind.Validation, result.Kind);
        Assert.Contains("no borough", Assert.Single(result.ErrorsFor(nameof(AddStaffUserRequest.ScopeUnit))).Message);
        await AssertNothingCreatedAsync(database);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_weak_password_and_a_duplicate_email_are_field_errors(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var services = await ServicesWithOrganisationAsync(database);
        Assert.True((await AddAsync(services, Request(Roles.Inspector, OrgLevel.Area, OrganisationSeed.AreaCode))).Succeeded);

        var result = await AddAsync(services, Request(Roles.Inspector, OrgLevel.Area, OrganisationSeed.AreaCode) with { Password = "short" });

        Assert.NotEmpty(result.ErrorsFor(nameof(AddStaffUserRequest.Email)));
        Assert.NotEmpty(result.ErrorsFor(nameof(AddStaffUserRequest.Password)));
        await using var db = database.CreateDb();
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_partner_agency_user_is_scoped_by_agency_id(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var services = await ServicesWithOrganisationAsync(database);

        var partner = await AddAsync(services, Request(Roles.PartnerAgencyUser, null, OrganisationSeed.PartnerId.ToString()));
        var misplaced = await AddAsync(services, Request(Roles.PartnerAgencyUser, OrgLevel.Borough, OrganisationSeed.BoroughCode)
            with { Email = "other@council.example" });

        Assert.True(partner.Succeeded, string.Join("; ", partner.Errors));
        Assert.Equal(OrganisationSeed.PartnerId, partner.Value.ScopeUnitId);
        Assert.NotEmpty(misplaced.ErrorsFor(nameof(AddStaffUserRequest.ScopeLevel)));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Users_add_on_the_command_line_reads_the_password_from_stdin_and_users_list_shows_the_account(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using (var db = database.CreateDb()) await OrganisationSeed.AddAsync(db);

        var added = await CliRunner.RunAsync(database, time, stdin: Password + "\n", settings: null,
            "users", "add", "--email", "sgt.obi@met.police.example", "--name", "Sergeant Obi",
            "--role", "ward-sergeant", "--scope", "ward:" + OrganisationSeed.WestWardCode, "--password-stdin");
        var listed = await CliRunner.RunAsync(database, time, "users", "list");

        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.Contains("sgt.obi@met.police.example", listed.Output);
        Assert.Contains("Ward sergeant", listed.Output);
        Assert.Contains("ward:E05000026", listed.Output);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite)]
    public async Task Users_add_on_the_command_line_reports_an_unknown_borough_against_the_scope_option(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        var settings = new Dictionary<string, string?> { ["CITIZENFOCUS_PASSWORD"] = Password };

        var outcome = await CliRunner.RunAsync(database, time, stdin: null, settings,
            "users", "add", "--email", "x@met.police.example", "--name", "X", "--role", "inspector", "--scope", "borough:E09999999");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--scope: There is no borough with the code or id 'E09999999'", outcome.Error);
    }

    private static AddStaffUserRequest Request(string role, OrgLevel? level, string? unit) =>
        new("insp.khan@met.police.example", "Inspector Khan", role, level, unit, Password);

    private async Task<ServiceProvider> ServicesWithOrganisationAsync(TestDatabase database)
    {
        await using (var db = database.CreateDb()) await OrganisationSeed.AddAsync(db);
        return TestServices.Create(database, time);
    }

    private static async Task<Result<StaffUserAdded>> AddAsync(ServiceProvider services, AddStaffUserRequest request)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AddStaffUser>().HandleAsync(request, Admin);
    }

    private static async Task AssertNothingCreatedAsync(TestDatabase database)
    {
        await using var db = database.CreateDb();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.UserRoles.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }
}
