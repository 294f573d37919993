using CitizenFocus.Organisation;
using CitizenFocus.Data;
using Clocks = CitizenFocus.Promises;
using CitizenFocus.Identity;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CitizenFocus.Tests.Identity.ScopedRecords;

namespace CitizenFocus.Tests.Identity;

/// <summary>
/// The one scope rule, run as SQL on both databases over every kind of unit-bound record it knows: what each
/// level of scope sees, and that a partner agency sees only what is shared with it.
/// </summary>
public sealed class ScopeRuleTests
{
    private static readonly DateTime Now = TestClock.Start.UtcDateTime;

    /// <summary>The places (see <see cref="ScopedRecords"/>) of the calls, messages, teams and crimes the scope sees.</summary>
    private static async Task<(string[] Calls, string[] Messages, string[] Teams, string[] Crimes)> SeenAsync(TestDatabase database, OrgScope scope)
    {
        await using var db = database.CreateDb();
        var calls = await db.Calls.AsNoTracking().InScope(scope, db).Select(c => c.Reference.Substring(2)).ToListAsync();
        var messages = await db.TeamMessages.AsNoTracking().InScope(scope, db).Select(m => m.Reference.Substring(2)).ToListAsync();
        var teams = await db.Teams.AsNoTracking().InScope(scope, db).Select(t => t.Slug.Substring(5)).ToListAsync();
        var crimes = await db.Crimes.AsNoTracking().InScope(scope, db).Select(c => c.Reference.Substring(3)).ToListAsync();
        return ([.. calls.Order()], [.. messages.Order()], [.. teams.Order()], [.. crimes.Order()]);
    }

    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await Databases.CreateAsync(provider);
        await using var db = database.CreateDb();
        await AddAsync(db, Now);
        return database;
    }

    private static void AllKindsSee((string[] Calls, string[] Messages, string[] Teams, string[] Crimes) seen, params string[] places)
    {
        string[] expected = [.. places.Order()];
        Assert.Equal(expected, seen.Calls);
        Assert.Equal(expected, seen.Messages);
        Assert.Equal(expected, seen.Teams);
        Assert.Equal(expected, seen.Crimes);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Force_scope_sees_every_record(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        AllKindsSee(await SeenAsync(database, OrgScope.WholeForce), "11", "12", "1", "21", "31");
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Area_scope_sees_the_records_of_its_areas_boroughs(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        AllKindsSee(await SeenAsync(database, AreaScope), "11", "12", "1", "21");
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Borough_scope_sees_its_borough_including_borough_wide_records(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        AllKindsSee(await SeenAsync(database, BoroughScope), "11", "12", "1");
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Ward_scope_sees_its_ward_only_not_the_boroughs_records_without_a_ward(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        AllKindsSee(await SeenAsync(database, WardScope), "11");
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Partner_agency_sees_only_the_records_shared_with_it_whatever_their_borough(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using (var db = database.CreateDb())
        {
            await ShareAsync(db, Council, RecordPlaces.Call, CallRef("21"), Now);
            await ShareAsync(db, Council, RecordPlaces.Message, MessageRef("31"), Now);
            await ShareAsync(db, Housing, RecordPlaces.Message, MessageRef("11"), Now);
        }

        var council = await SeenAsync(database, CouncilScope);
        var housing = await SeenAsync(database, HousingScope);

        Assert.Equal(["21"], council.Calls);
        Assert.Equal(["31"], council.Messages);
        Assert.Equal(["11"], housing.Messages);
        Assert.Empty(housing.Calls);
        // Teams and crimes are never shared.
        Assert.Empty(council.Teams);
        Assert.Empty(council.Crimes);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_share_of_one_record_type_does_not_open_another_type_with_the_same_reference(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using (var db = database.CreateDb())
            await ShareAsync(db, Council, RecordPlaces.Message, CallRef("11"), Now); // a message share naming a call's reference

        var seen = await SeenAsync(database, CouncilScope);

        Assert.Empty(seen.Calls);
        Assert.Empty(seen.Messages);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Clocks_follow_the_same_rule_and_a_partner_sees_those_its_officers_hold_not_those_of_shared_records(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using (var db = database.CreateDb())
        {
            db.Clocks.AddRange(
                new Clocks.Clock { Id = 1, StandardId = 1, RecordType = RecordPlaces.Message, RecordId = MessageRef("11"), BoroughId = Borough1, WardId = Ward11, DueAt = Now },
                new Clocks.Clock { Id = 2, StandardId = 1, RecordType = RecordPlaces.Message, RecordId = MessageRef("21"), BoroughId = Borough2, WardId = Ward21, DueAt = Now },
                new Clocks.Clock { Id = 3, StandardId = 1, RecordType = "Case", RecordId = "K-1", BoroughId = Borough1, PartnerAgencyId = Council, DueAt = Now });
            await db.SaveChangesAsync();
            await ShareAsync(db, Council, RecordPlaces.Message, MessageRef("11"), Now);
        }

        async Task<long[]> ClocksSeen(OrgScope scope)
        {
            await using var db = database.CreateDb();
            return [.. (await db.Clocks.AsNoTracking().InScope(scope, db).Select(c => c.Id).ToListAsync()).Order()];
        }

        var (area, borough, ward, council, housing) = (await ClocksSeen(AreaScope), await ClocksSeen(BoroughScope),
            await ClocksSeen(WardScope), await ClocksSeen(CouncilScope), await ClocksSeen(HousingScope));

        Assert.Equal([1L, 2, 3], area);
        Assert.Equal([1L, 3], borough);
        Assert.Equal([1L], ward);
        Assert.Equal([3L], council); // clock 1's message is shared with the council, but the clock is the force's work
        Assert.Empty(housing);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_scope_missing_its_units_id_sees_nothing_rather_than_everything(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        foreach (var scope in new[]
        {
            new OrgScope(OrgLevel.Area, null, null, null, null), new OrgScope(OrgLevel.Borough, null, null, null, null),
            new OrgScope(OrgLevel.Ward, null, null, null, null), new OrgScope(null, null, null, null, null),
        })
            AllKindsSee(await SeenAsync(database, scope));
    }

    [Fact]
    public void In_memory_check_agrees_with_the_query_for_each_level()
    {
        OrgUnitRef Ward11Ref = new(AreaNorthEast, Borough1, Ward11), BoroughWide = new(AreaNorthEast, Borough1, null),
            OtherArea = new(AreaSouthWest, Borough3, Ward31);

        Assert.Equal([true, true, true], new[] { Ward11Ref, BoroughWide, OtherArea }.Select(u => ScopeRule.Covers(OrgScope.WholeForce, u)));
        Assert.Equal([true, true, false], new[] { Ward11Ref, BoroughWide, OtherArea }.Select(u => ScopeRule.Covers(AreaScope, u)));
        Assert.Equal([true, true, false], new[] { Ward11Ref, BoroughWide, OtherArea }.Select(u => ScopeRule.Covers(BoroughScope, u)));
        Assert.Equal([true, false, false], new[] { Ward11Ref, BoroughWide, OtherArea }.Select(u => ScopeRule.Covers(WardScope, u)));
        // A partner agency holds no unit: it may read shared records but covers none by place, so it changes nothing.
        Assert.Equal([false, false, false], new[] { Ward11Ref, BoroughWide, OtherArea }.Select(u => ScopeRule.Covers(CouncilScope, u)));
    }
}
