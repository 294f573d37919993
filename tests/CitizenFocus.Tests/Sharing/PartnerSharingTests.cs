using CitizenFocus.Audit;
using CitizenFocus.Calls;
using CitizenFocus.Common;
using CitizenFocus.Contact;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Sharing;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CitizenFocus.Tests.Identity.ScopedRecords;

namespace CitizenFocus.Tests.Sharing;

/// <summary>
/// Sharing records with partner agencies through the use cases: a partner sees only what is shared with
/// its agency, the person's details only where a disclosure is recorded, and every share and disclosure
/// is in the audit trail with its reason.
/// </summary>
public sealed class PartnerSharingTests
{
    private const string Inspector = "inspector@example";
    private const string CouncilUser = "council.user@example";

    private sealed class Bed(TestDatabase database, ServiceProvider services, FakeTimeProvider time) : IAsyncDisposable
    {
        public FakeTimeProvider Time => time;

        public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> act)
        {
            using var scope = services.CreateScope();
            return await act(scope.ServiceProvider);
        }

        public Task<Result> ShareAsync(string type, string reference, int agency, string? reason = "The council's noise team can act on it") =>
            RunAsync(s => s.GetRequiredService<ShareWithPartner>().HandleAsync(new ShareWithPartnerRequest(type, reference, agency, reason), BoroughScope, Inspector));

        public Task<Result> DiscloseAsync(string type, string reference, int agency, string? justification = "The council must take a witness statement") =>
            RunAsync(s => s.GetRequiredService<DiscloseToPartner>().HandleAsync(new DiscloseToPartnerRequest(type, reference, agency, justification), BoroughScope, Inspector));

        public Task<List<AuditEntry>> AuditAsync() =>
            RunAsync(s => s.GetRequiredService<CitizenFocusDb>().AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());

        public async ValueTask DisposeAsync()
        {
            await services.DisposeAsync();
            await database.DisposeAsync();
        }
    }

    private static async Task<Bed> CreateAsync(DatabaseProvider provider)
    {
        var database = await Databases.CreateAsync(provider);
        await using (var db = database.CreateDb()) await AddAsync(db, TestClock.Start.UtcDateTime);
        var time = TestClock.Create();
        return new Bed(database, TestServices.Create(database, time), time);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Partner_sees_a_shared_message_without_the_senders_details_until_a_disclosure_is_recorded(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        Assert.True((await bed.ShareAsync(RecordPlaces.Message, MessageRef("11"), Council)).Succeeded);

        var before = await bed.RunAsync(s => s.GetRequiredService<ConsultMessage>().HandleAsync(MessageRef("11"), CouncilScope, CouncilUser, ReadChannel.Page));
        Assert.True((await bed.DiscloseAsync(RecordPlaces.Message, MessageRef("11"), Council)).Succeeded);
        var after = await bed.RunAsync(s => s.GetRequiredService<ConsultMessage>().HandleAsync(MessageRef("11"), CouncilScope, CouncilUser, ReadChannel.Page));

        Assert.NotNull(before);
        Assert.True(before.PersonalDetailsWithheld);
        Assert.Equal((null, null, null, null), (before.CitizenName, before.CitizenEmail, before.CitizenPhone, before.CitizenAddress));
        Assert.Equal("Bags of rubbish behind the shops.", before.Body);
        Assert.NotNull(after);
        Assert.False(after.PersonalDetailsWithheld);
        Assert.Equal(("Sender 11", "sender11@example.com"), (after.CitizenName, after.CitizenEmail));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Disclosure_to_one_agency_does_not_show_the_details_to_another_that_the_record_is_shared_with(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        await bed.ShareAsync(RecordPlaces.Call, CallRef("12"), Council);
        await bed.ShareAsync(RecordPlaces.Call, CallRef("12"), Housing);
        await bed.DiscloseAsync(RecordPlaces.Call, CallRef("12"), Council);

        var council = await bed.RunAsync(s => s.GetRequiredService<ConsultCall>().HandleAsync(CallRef("12"), CouncilScope, CouncilUser, ReadChannel.Page));
        var housing = await bed.RunAsync(s => s.GetRequiredService<ConsultCall>().HandleAsync(CallRef("12"), HousingScope, "housing.user@example", ReadChannel.Page));

        Assert.Equal("Caller 12", council!.CallerName);
        Assert.True(housing!.PersonalDetailsWithheld);
        Assert.Null(housing.CallerName);
        Assert.Null(housing.CallerPhone);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Partner_cannot_open_a_record_not_shared_with_its_agency(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        await bed.ShareAsync(RecordPlaces.Call, CallRef("11"), Housing);

        var call = await bed.RunAsync(s => s.GetRequiredService<ConsultCall>().HandleAsync(CallRef("11"), CouncilScope, CouncilUser, ReadChannel.Page));
        var message = await bed.RunAsync(s => s.GetRequiredService<ConsultMessage>().HandleAsync(MessageRef("11"), CouncilScope, CouncilUser, ReadChannel.Page));

        Assert.Null(call);
        Assert.Null(message);
        // Nothing was consulted; both attempts are security events in the partner user's name.
        var councils = (await bed.AuditAsync()).Where(e => e.Actor == CouncilUser).ToList();
        Assert.Equal([(AuditAction.RefusedOutOfScope, "Call", CallRef("11")), (AuditAction.RefusedOutOfScope, "Message", MessageRef("11"))],
            councils.Select(e => (e.Action, e.RecordType, e.RecordId)));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Partner_home_list_holds_only_what_is_shared_with_its_agency_and_says_what_is_disclosed(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        await bed.ShareAsync(RecordPlaces.Message, MessageRef("11"), Council);
        bed.Time.Advance(TimeSpan.FromMinutes(5));
        await bed.ShareAsync(RecordPlaces.Call, CallRef("1"), Council);
        await bed.DiscloseAsync(RecordPlaces.Call, CallRef("1"), Council);
        await bed.ShareAsync(RecordPlaces.Message, MessageRef("12"), Housing);

        var council = await bed.RunAsync(s => s.GetRequiredService<SharingQueries>().SharedWithAsync(CouncilScope));
        var staff = await bed.RunAsync(s => s.GetRequiredService<SharingQueries>().SharedWithAsync(BoroughScope));

        Assert.Equal([(RecordPlaces.Call, CallRef("1"), true), (RecordPlaces.Message, MessageRef("11"), false)],
            council.Select(r => (r.RecordType, r.RecordId, r.PersonalDetailsDisclosed)));
        Assert.Equal(("Barking and Dagenham", (string?)"Abbey"), (council[1].BoroughName, council[1].WardName));
        Assert.Empty(staff);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Share_and_disclosure_are_written_to_the_audit_trail_with_their_reasons(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);

        await bed.ShareAsync(RecordPlaces.Message, MessageRef("11"), Council, "Fly-tipping for the council to clear");
        await bed.DiscloseAsync(RecordPlaces.Message, MessageRef("11"), Council, "The enforcement officer will take a statement");

        var audit = await bed.AuditAsync();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, e => Assert.Equal((AuditAction.Disclosure, RecordPlaces.Message, MessageRef("11"), Inspector), (e.Action, e.RecordType, e.RecordId, e.Actor)));
        Assert.Equal("Fly-tipping for the council to clear", audit[0].Justification);
        Assert.Equal("The enforcement officer will take a statement", audit[1].Justification);
        Assert.Contains("Barking and Dagenham Council", audit[1].Detail);
        var stored = await bed.RunAsync(s => s.GetRequiredService<CitizenFocusDb>().PartnerDisclosures.AsNoTracking().SingleAsync());
        Assert.Equal((Inspector, TestClock.Start.UtcDateTime), (stored.DisclosedBy, stored.DisclosedAt));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_disclosure_needs_a_justification_and_an_existing_share(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);

        var unjustified = await bed.DiscloseAsync(RecordPlaces.Message, MessageRef("11"), Council, "  ");
        var unshared = await bed.DiscloseAsync(RecordPlaces.Message, MessageRef("11"), Council);

        Assert.Equal((FailureKind.Validation, "Justification"), (unjustified.Kind, unjustified.Errors.Single().Field));
        Assert.Equal((FailureKind.Conflict, "PartnerAgencyId"), (unshared.Kind, unshared.Errors.Single().Field));
        Assert.Empty(await bed.AuditAsync());
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Sharing_needs_a_reason_an_agency_and_a_record_in_the_sharers_scope_and_happens_once(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);

        var invalid = await bed.RunAsync(s => s.GetRequiredService<ShareWithPartner>().HandleAsync(
            new ShareWithPartnerRequest(RecordPlaces.Message, MessageRef("11"), null, ""), BoroughScope, Inspector));
        var otherBorough = await bed.ShareAsync(RecordPlaces.Call, CallRef("21"), Council);
        var first = await bed.ShareAsync(RecordPlaces.Call, CallRef("11"), Council);
        var again = await bed.ShareAsync(RecordPlaces.Call, CallRef("11"), Council);
        var byPartner = await bed.RunAsync(s => s.GetRequiredService<ShareWithPartner>().HandleAsync(
            new ShareWithPartnerRequest(RecordPlaces.Call, CallRef("11"), Housing, "Passing it on"), CouncilScope, CouncilUser));

        Assert.Equal(["PartnerAgencyId", "Reason"], invalid.Errors.Select(e => e.Field).Order());
        Assert.Equal(FailureKind.NotFound, otherBorough.Kind); // another borough's call is "not found", not "forbidden"
        Assert.True(first.Succeeded);
        Assert.Equal(FailureKind.Conflict, again.Kind);
        Assert.Equal(FailureKind.Forbidden, byPartner.Kind);
        Assert.Equal(1, await bed.RunAsync(s => s.GetRequiredService<CitizenFocusDb>().PartnerShares.CountAsync()));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Another_boroughs_records_stay_not_found_for_borough_staff(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);

        var call = await bed.RunAsync(s => s.GetRequiredService<ConsultCall>().HandleAsync(CallRef("21"), BoroughScope, Inspector, ReadChannel.Page));
        var message = await bed.RunAsync(s => s.GetRequiredService<ConsultMessage>().HandleAsync(MessageRef("31"), BoroughScope, Inspector, ReadChannel.Page));
        var own = await bed.RunAsync(s => s.GetRequiredService<ConsultCall>().HandleAsync(CallRef("1"), BoroughScope, Inspector, ReadChannel.Page));

        Assert.Null(call);
        Assert.Null(message);
        Assert.Equal(("Caller 1", false), (own!.CallerName, own.PersonalDetailsWithheld));
    }
}
