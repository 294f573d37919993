using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Tests.Organisation;

public sealed class WardLookupTests
{
    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_postcode_is_found_with_its_location_and_the_ward_the_directory_gives(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var services = await SeedAsync(database,
            OnspdFile.Row("IG11 7QJ", "51.050000", "0.050000", ward: OrganisationSeed.WestWardCode));
        var lookup = services.GetRequiredService<WardLookup>();

        var result = await lookup.FindPostcodeAsync(" ig117qj ");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("IG11 7QJ", result.Value.Postcode);
        Assert.Equal((51.05, 0.05), (result.Value.Latitude, result.Value.Longitude));
        Assert.Equal(OrganisationSeed.WestWardCode, result.Value.Ward?.Code);
        Assert.False(result.Value.WardFromBoundary);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_postcode_whose_ward_code_is_unknown_is_placed_by_boundary(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var services = await SeedAsync(database,
            OnspdFile.Row("RM9 6XP", "51.020000", "0.170000", ward: "E05999999"),
            OnspdFile.Row("RM9 6XQ", "51.030000", "0.150000", ward: ""));
        var lookup = services.GetRequiredService<WardLookup>();

        var unknownCode = await lookup.FindPostcodeAsync("RM9 6XP");
        var noCode = await lookup.FindPostcodeAsync("RM9 6XQ");

        Assert.Equal(OrganisationSeed.EastWardCode, unknownCode.Value.Ward?.Code);
        Assert.True(unknownCode.Value.WardFromBoundary);
        Assert.Equal(OrganisationSeed.EastWardCode, noCode.Value.Ward?.Code);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite)]
    public async Task An_unknown_or_malformed_postcode_is_a_failure_not_an_exception(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var services = await SeedAsync(database);
        var lookup = services.GetRequiredService<WardLookup>();

        var unknown = await lookup.FindPostcodeAsync("IG11 7QJ");
        var malformed = await lookup.FindPostcodeAsync("IG11");

        Assert.Equal(FailureKind.NotFound, unknown.Kind);
        Assert.Equal(FailureKind.Validation, malformed.Kind);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_point_is_placed_in_the_ward_whose_boundary_contains_it(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var services = await SeedAsync(database);
        var lookup = services.GetRequiredService<WardLookup>();

        var west = await lookup.FindWardAsync(latitude: 51.05, longitude: 0.02);
        var east = await lookup.FindWardAsync(latitude: 51.09, longitude: 0.19);
        var outside = await lookup.FindWardAsync(latitude: 51.5, longitude: -0.1);

        Assert.Equal(OrganisationSeed.WestWardCode, west?.Code);
        Assert.Equal(OrganisationSeed.EastWardCode, east?.Code);
        Assert.Null(outside);
    }

    [Fact]
    public void A_point_on_a_shared_edge_always_goes_to_the_same_ward()
    {
        var index = new WardIndex([
            new WardBoundary(2, "E05000027", "Alibon", 1, "POLYGON ((0.1 51, 0.2 51, 0.2 51.1, 0.1 51.1, 0.1 51))"),
            new WardBoundary(1, "E05000026", "Abbey", 1, "POLYGON ((0 51, 0.1 51, 0.1 51.1, 0 51.1, 0 51))"),
        ]);

        Assert.Equal(1, index.FindAt(latitude: 51.05, longitude: 0.1)?.Id);
    }

    [Fact]
    public void Wards_without_a_usable_boundary_are_found_by_code_only()
    {
        var index = new WardIndex([
            new WardBoundary(1, "E05000026", "Abbey", 1, null),
            new WardBoundary(2, "E05000027", "Alibon", 1, "not wkt"),
            new WardBoundary(3, "E05000028", "Becontree", 1, "MULTIPOLYGON (((0 51, 1 51, 1 52, 0 52, 0 51)))"),
        ]);

        Assert.Equal((1, 2), (index.WithBoundary, index.WithoutBoundary));
        Assert.Equal(2, index.FindByCode("e05000027")?.Id);
        Assert.Equal(3, index.FindAt(51.5, 0.5)?.Id);
    }

    private static async Task<ServiceProvider> SeedAsync(TestDatabase database, params string[] postcodeRows)
    {
        await using (var db = database.CreateDb())
        {
            await OrganisationSeed.AddAsync(db);
            if (postcodeRows.Length > 0)
            {
                using var file = new OnspdFile(postcodeRows);
                await using var stream = file.Open();
                var imported = await new ImportPostcodes(db).HandleAsync(stream);
                Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
            }
        }
        return TestServices.Create(database, TestClock.Create());
    }
}
