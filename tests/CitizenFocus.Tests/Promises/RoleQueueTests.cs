using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Tests.Promises;

/// <summary>Warnings and breaches that go to a role within the record's scope, not to a team's supervisors.</summary>
public sealed class RoleQueueTests
{
    private const string Review = "TEST-ROLE-ESCALATION";

    private static async Task<PromiseTestBed> BedAsync(DatabaseProvider provider)
    {
        var bed = await PromiseTestBed.CreateAsync(provider);
        await bed.AddStandardAsync(new ServiceStandard
        {
            Id = 70, Code = Review, Name = "Acknowledge dissatisfaction within 24 hours", Target = TimeSpan.FromHours(24),
            Calendar = CalendarKind.AroundTheClock, WarningFraction = 0.5, TargetShare = 1.0,
            WarningGoesTo = EscalationLevel.Role, WarningRole = Roles.BoroughCommander,
            BreachGoesTo = EscalationLevel.Role, BreachRole = Roles.VictimCareOfficer,
        });
        await using var db = bed.Database.CreateDb();
        db.Boroughs.Add(new Borough { Id = 2, AreaId = 1, Code = "E09000003", Name = "Barnet" });
        await db.SaveChangesAsync();
        AddUser(db, "commander-bd", "commander.bd@police.example", Roles.BoroughCommander, OrgLevel.Borough, 1);
        AddUser(db, "commander-barnet", "commander.barnet@police.example", Roles.BoroughCommander, OrgLevel.Borough, 2);
        AddUser(db, "victim-care", "victim.care@police.example", Roles.VictimCareOfficer, OrgLevel.Area, 1);
        AddUser(db, "council", "officer@council.example", Roles.PartnerAgencyUser, null, 7);
        await db.SaveChangesAsync();
        return bed;
    }

    private static void AddUser(CitizenFocusDb db, string id, string email, string role, OrgLevel? level, int? unit)
    {
        db.Users.Add(new StaffUser
        {
            Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
            NormalizedEmail = email.ToUpperInvariant(), DisplayName = id, ScopeLevel = level, ScopeUnitId = unit,
        });
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = "role-" + Roles.Slug(role) });
    }

    private static WorkReader Reader(string id, string role, OrgScope scope) => new(id, null, [role], scope);

    private static async Task<MyWork> WorkOfAsync(PromiseTestBed bed, WorkReader reader)
    {
        using var scope = bed.Services.CreateScope();
        return await bed.Get<WorkQueries>(scope).MyWorkAsync(reader, bed.Now, bed.Now.AddHours(12));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_warning_reaches_a_role_outside_the_team_within_the_records_scope(DatabaseProvider provider)
    {
        await using var bed = await BedAsync(provider);
        long id;
        using (var scope = bed.Services.CreateScope())
            id = (await bed.Get<Clocks>(scope).StartAsync(Review,
                new ClockSubject("Dissatisfaction", "D-1", 1, 1, PromiseTestBed.TeamId, PromiseTestBed.ConstableId, "Unhappy with response"), "handler")).Id;

        bed.Time.Advance(TimeSpan.FromHours(12));
        Assert.Equal(1, (await bed.SweepAsync()).WarningsRaised);

        var ownBorough = await WorkOfAsync(bed, Reader("commander-bd", Roles.BoroughCommander, new OrgScope(OrgLevel.Borough, 1, 1, null, null)));
        var row = Assert.Single(ownBorough.Escalated);
        Assert.Equal((id, ClockEventKind.Warned), (row.ClockId, row.EscalatedFor));
        var otherBorough = await WorkOfAsync(bed, Reader("commander-barnet", Roles.BoroughCommander, new OrgScope(OrgLevel.Borough, 1, 2, null, null)));
        Assert.Empty(otherBorough.Escalated);
        // The sergeants' queues are not where this standard sends its warnings.
        Assert.Empty((await WorkOfAsync(bed, new WorkReader(null, PromiseTestBed.SergeantId, [Roles.WardSergeant], OrgScope.WholeForce))).Escalated);

        var recipients = await bed.ReadAsync(db => db.Notifications.Select(n => n.Recipient).ToListAsync());
        Assert.Contains("commander.bd@police.example", recipients);
        Assert.DoesNotContain("commander.barnet@police.example", recipients);

        bed.Time.Advance(TimeSpan.FromHours(12));
        Assert.Equal(1, (await bed.SweepAsync()).BreachesRaised);
        var victimCare = await WorkOfAsync(bed, Reader("victim-care", Roles.VictimCareOfficer, new OrgScope(OrgLevel.Area, 1, null, null, null)));
        Assert.Equal(ClockEventKind.Breached, Assert.Single(victimCare.Escalated).EscalatedFor);
        Assert.Contains("victim.care@police.example", await bed.ReadAsync(db => db.Notifications.Select(n => n.Recipient).ToListAsync()));

        // Ending the clock clears it from every queue.
        using (var scope = bed.Services.CreateScope())
            await bed.Get<Clocks>(scope).EndAsync(id, "officer", null, "Apologised in person");
        Assert.Empty((await WorkOfAsync(bed, Reader("victim-care", Roles.VictimCareOfficer, new OrgScope(OrgLevel.Area, 1, null, null, null)))).Escalated);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_partner_agencys_officer_holds_their_action_in_my_work_and_hears_of_its_warning(DatabaseProvider provider)
    {
        await using var bed = await BedAsync(provider);
        await bed.AddStandardAsync(new ServiceStandard
        {
            Id = 71, Code = "TEST-ACTION", Name = "Complete an agreed action by its date", Target = TimeSpan.FromDays(90),
            Calendar = CalendarKind.AroundTheClock, WarningFraction = 0.75, TargetShare = 0.9,
            WarningGoesTo = EscalationLevel.Assignee, BreachGoesTo = EscalationLevel.Inspector,
        });
        long id;
        using (var scope = bed.Services.CreateScope())
            id = (await bed.Get<Clocks>(scope).StartAsync("TEST-ACTION",
                new ClockSubject("ProblemAction", "P-1/1", 1, 1, PromiseTestBed.TeamId, null, "Clear the alley", AssigneeUserId: "council", PartnerAgencyId: 7),
                "sergeant", null, bed.Now.AddDays(8))).Id;

        var council = Reader("council", Roles.PartnerAgencyUser, new OrgScope(null, null, null, null, 7));
        Assert.Equal(id, Assert.Single((await WorkOfAsync(bed, council)).Assigned).ClockId);
        bed.Time.Advance(TimeSpan.FromDays(6));
        Assert.Equal(1, (await bed.SweepAsync()).WarningsRaised);
        Assert.Equal(ClockEventKind.Warned, Assert.Single((await WorkOfAsync(bed, council)).Escalated).EscalatedFor);
        Assert.Contains("officer@council.example", await bed.ReadAsync(db => db.Notifications.Select(n => n.Recipient).ToListAsync()));
    }
}
