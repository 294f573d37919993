using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Demo;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Statistics.PeerGroups;
using CitizenFocus.Statistics.Performance;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CitizenFocus.Tests.Statistics;

/// <summary>
/// Most similar groups: the distance on standardised census shares, k nearest, and the groups the pack
/// compares boroughs and wards with, including an analyst's audited choice.
/// </summary>
public sealed class MostSimilarTests
{
    private static CensusProfile Unit(string code, double male, double white, double asian, double black) => new(code, new Dictionary<(string, string), double>
    {
        [("sex", "Male")] = male, [("sex", "Female")] = 1 - male,
        [("ethnicity", "White")] = white, [("ethnicity", "Asian")] = asian, [("ethnicity", "Black")] = black,
    });

    private static readonly CensusProfile[] Four =
    [
        Unit("A", 0.50, 0.60, 0.20, 0.20),
        Unit("B", 0.48, 0.55, 0.25, 0.20),
        Unit("C", 0.52, 0.30, 0.50, 0.20),
        Unit("D", 0.50, 0.20, 0.30, 0.50),
    ];

    // Reference distances worked by hand (Python, plain arithmetic): each share standardised with the
    // population sd across the four units; d² = ½·Σ_sex (Δz)² + ⅓·Σ_ethnicity (Δz)².
    [Theory]
    [InlineData("A", "B", 1.447084029)]
    [InlineData("A", "D", 1.985370500)]
    [InlineData("A", "C", 2.320749601)]
    [InlineData("B", "D", 2.302606689)]
    [InlineData("B", "C", 3.217344349)]
    [InlineData("C", "D", 2.219250067)]
    public void Distances_match_a_hand_calculation(string a, string b, double expected)
    {
        Assert.Equal(expected, MostSimilar.Between(Four, a, b), 8);
        Assert.Equal(expected, MostSimilar.Between(Four, b, a), 8);
    }

    [Fact]
    public void Each_unit_gets_its_k_nearest_nearest_first_and_no_more_than_the_level_has()
    {
        var two = MostSimilar.Groups(Four, 2);
        Assert.Equal(["B", "D"], two["A"].Select(s => s.Code));
        Assert.Equal(["A", "D"], two["B"].Select(s => s.Code));
        Assert.Equal(["D", "A"], two["C"].Select(s => s.Code));
        Assert.Equal(["A", "C"], two["D"].Select(s => s.Code));

        var all = MostSimilar.Groups(Four, 7);
        Assert.All(all.Values, g => Assert.Equal(3, g.Count));
        Assert.DoesNotContain(all["A"], s => s.Code == "A");
    }

    [Fact]
    public void A_category_with_the_same_share_everywhere_does_not_count_and_a_borough_profile_is_weighted_by_residents()
    {
        var withConstant = Four.Select(p => p with { Shares = new Dictionary<(string, string), double>(p.Shares) { [("disability", "Yes")] = 0.1 } }).ToArray();
        Assert.Equal(MostSimilar.Between(Four, "A", "B"), MostSimilar.Between(withConstant, "A", "B"), 12);

        var borough = CensusProfile.Combine("X", [
            (1000, [new CensusShare { Dimension = "sex", Category = "Male", Share = 0.4 }]),
            (3000, [new CensusShare { Dimension = "sex", Category = "Male", Share = 0.6 }]),
        ]);
        Assert.Equal(0.55, borough.Shares[("sex", "Male")], 12);
    }
}

/// <summary>The small demo's peer groups in the pack, and an analyst's choice of peers.</summary>
public sealed class PeerGroupPackTests : IAsyncLifetime
{
    private static readonly DateOnly Month = new(2026, 10, 1);
    private TestDatabase database = null!;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider time = TestClock.Create();

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateDb();
        await new DemoGenerator(db, time, new AuditLog(db, time, TestAuditKey.Keyring)).GenerateAsync(DemoScale.Small, DemoGenerator.DefaultSeed);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private static async Task<PerformanceEngine> EngineAsync(CitizenFocusDb db, PerformanceOptions? options = null)
    {
        var queries = new PerformanceQueries(db, Options.Create(options ?? new PerformanceOptions()), new ComplianceQueries(db));
        return await queries.LoadAsync(queries.PeriodFor(Month));
    }

    [Fact]
    public async Task Each_ward_is_averaged_with_its_most_similar_wards_that_have_a_figure_and_the_rest_are_named_as_left_out()
    {
        await using var db = database.CreateDb();
        var engine = await EngineAsync(db);
        var period = PackPeriod.Ending(Month, 12);
        // The small demo's wards are too small for public-survey figures; victims' are enough in four.
        var indicator = engine.Data.Indicator("uss-whole-experience")!;
        var wards = engine.Results(OrgLevel.Ward, indicator, period);
        var byCode = wards.ToDictionary(r => r.Unit.Code);

        var graded = wards.Where(r => !r.Insufficient && r.PeerEstimate is not null).ToList();
        Assert.NotEmpty(graded);
        foreach (var r in graded)
        {
            Assert.Equal(PeerBasis.MostSimilar, r.PeerGroup.Basis);
            Assert.Equal(7, r.PeerGroup.Peers.Count);
            // The average is the ward and the members of its group with a figure; the others are named.
            Assert.Equal(r.PeerGroup.Peers.Where(p => !byCode[p].Insufficient).Prepend(r.Unit.Code).Order(), r.PeerUnits.Order());
            Assert.Equal(r.PeerGroup.Peers.Where(p => byCode[p].Insufficient).Order(), r.PeersLeftOut.Order());
            Assert.Equal(r.PeerUnits.Average(c => byCode[c].Estimate!.Estimate), r.PeerEstimate!.Value, 12);
        }
        // The small demo has wards too small for a figure, so some group leaves one out, and the pack names it.
        var leaving = graded.First(r => r.PeersLeftOut.Count > 0);
        var pack = PackReport.Build(engine, leaving.Unit, period, []);
        Assert.Contains(pack.PeerNotes, n => n.StartsWith("Left out of the peer average for too small a sample:")
            && n.Contains(engine.Data.Find(OrgLevel.Ward, leaving.PeersLeftOut[0])!.Name));
        Assert.Contains(pack.PeerNotes, n => n.Contains("most like " + leaving.Unit.Name + " in census profile"));
    }

    [Fact]
    public async Task The_group_size_comes_from_the_options()
    {
        await using var db = database.CreateDb();
        var engine = await EngineAsync(db, new PerformanceOptions { PeerGroupSize = 3 });
        var ward = engine.Data.Wards[0];
        Assert.Equal(3, engine.GroupOf(ward).Peers.Count);
        // With two boroughs each borough's group is the other one.
        var borough = engine.Data.Boroughs[0];
        Assert.Equal([engine.Data.Boroughs[1].Code], engine.GroupOf(borough).Peers);
    }

    [Fact]
    public async Task An_analysts_choice_of_peers_replaces_the_most_similar_is_audited_and_can_be_undone()
    {
        await using var db = database.CreateDb();
        var before = await EngineAsync(db);
        var period = PackPeriod.Ending(Month, 12);
        var indicator = before.Data.Indicator("uss-whole-experience")!;
        var results = before.Results(OrgLevel.Ward, indicator, period);
        var sufficient = results.Where(r => !r.Insufficient).Select(r => r.Unit).ToList();
        var ward = sufficient[0];
        var tooSmall = results.First(r => r.Insufficient && !before.GroupOf(ward).Peers.Contains(r.Unit.Code)).Unit.Code;
        var others = sufficient.Skip(1).Select(w => w.Code).ToList();
        List<string> chosen = [.. others, tooSmall];
        var set = new SetPeerGroup(db, new AuditLog(db, time, TestAuditKey.Keyring), time);

        var noReason = await set.HandleAsync(OrgLevel.Ward, ward.Code, chosen, "  ", "analyst@example.org");
        var itself = await set.HandleAsync(OrgLevel.Ward, ward.Code, [ward.Code], "because", "analyst@example.org");
        var unknown = await set.HandleAsync(OrgLevel.Ward, ward.Code, ["E05999999"], "because", "analyst@example.org");
        var area = await set.HandleAsync(OrgLevel.Area, before.Data.Areas[0].Code, chosen, "because", "analyst@example.org");
        Assert.Equal(FailureKind.Validation, noReason.Kind);
        Assert.Contains(noReason.Errors, e => e.Field == "Reason");
        Assert.Contains(itself.Errors, e => e.Message.Contains("not its own peer"));
        Assert.Contains(unknown.Errors, e => e.Message.Contains("E05999999"));
        Assert.Equal(FailureKind.Validation, area.Kind);
        Assert.Equal(0, await db.PeerGroupOverrides.CountAsync());

        var saved = await set.HandleAsync(OrgLevel.Ward, ward.Code, chosen, "Boundary changed in 2022; these wards share the estate", "analyst@example.org");
        Assert.True(saved.Succeeded);

        await using (var fresh = database.CreateDb())
        {
            var after = await EngineAsync(fresh);
            var result = after.Results(OrgLevel.Ward, indicator, period).Single(r => r.Unit.Id == ward.Id);
            Assert.Equal(PeerBasis.AnalystChoice, result.PeerGroup.Basis);
            Assert.Equal(others.Append(ward.Code).Order(), result.PeerUnits.Order());
            Assert.Equal([tooSmall], result.PeersLeftOut);
            Assert.Contains("chosen by an analyst (analyst@example.org", PackReport.PeerGroupText(after, ward));
            Assert.Contains("Boundary changed in 2022", PackReport.PeerGroupText(after, ward));
        }
        var audit = await db.AuditEntries.Where(e => e.RecordType == SetPeerGroup.RecordType).OrderBy(e => e.Sequence).ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Equal($"Ward:{ward.Code}", entry.RecordId);
        Assert.Contains("was the most similar by census profile; now " + string.Join(';', chosen.Order(StringComparer.Ordinal)), entry.Detail);

        Assert.True((await set.ClearAsync(OrgLevel.Ward, ward.Code, "analyst@example.org")).Succeeded);
        await using (var fresh = database.CreateDb())
            Assert.Equal(PeerBasis.MostSimilar, (await EngineAsync(fresh)).GroupOf(ward).Basis);
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.RecordType == SetPeerGroup.RecordType));
    }
}
