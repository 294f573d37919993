using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Tests.Organisation;

public sealed class ImportPostcodesTests
{
    private readonly FakeTimeProvider time = TestClock.Create();

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task An_onspd_file_imports_its_postcodes_and_skips_those_without_a_grid_reference(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        using var file = new OnspdFile(
            OnspdFile.Row("IG11 7QJ", "51.536000", "0.081000"),
            OnspdFile.Row("RM9 6XP", "51.540000", "0.130000", ward: "E05000027"),
            OnspdFile.Row("IG11 9ZZ", "99.999999", "0.000000", ward: "", authority: ""),
            OnspdFile.Row("SW1A 2AA", "51.503396", "-0.127640", ward: "E05013806", authority: "E09000033"));
        var progress = new List<long>();

        Result<PostcodeImportSummary> result;
        await using (var db = database.CreateDb())
        await using (var stream = file.Open())
            result = await new ImportPostcodes(db).HandleAsync(stream, new InlineProgress<long>(progress.Add));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(new PostcodeImportSummary(Rows: 4, Stored: 3, SkippedWithoutLocation: 1), result.Value);
        Assert.Equal(4, progress.Last());
        await using var check = database.CreateDb();
        var abbey = await check.Postcodes.SingleAsync(p => p.Code == "IG117QJ");
        Assert.Equal("IG11 7QJ", abbey.Display);
        Assert.Equal(51.536, abbey.Latitude, 6);
        Assert.Equal(0.081, abbey.Longitude, 6);
        Assert.Equal("E05000026", abbey.WardCode);
        Assert.Equal("E09000002", abbey.LocalAuthorityCode);
        Assert.False(await check.Postcodes.AnyAsync(p => p.Code == "IG119ZZ"));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Importing_again_replaces_existing_postcodes(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await ImportAsync(database, OnspdFile.Row("IG11 7QJ", "51.536000", "0.081000"));

        var result = await ImportAsync(database, OnspdFile.Row("IG11 7QJ", "51.537000", "0.082000", ward: "E05000027"));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        await using var db = database.CreateDb();
        var postcode = await db.Postcodes.SingleAsync();
        Assert.Equal(51.537, postcode.Latitude, 6);
        Assert.Equal("E05000027", postcode.WardCode);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_bad_latitude_on_row_3_fails_naming_row_3_and_column_lat_and_stores_nothing(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await ImportAsync(database, OnspdFile.Row("SW1A 2AA", "51.503396", "-0.127640"));
        var before = await CountAsync(database);

        var result = await ImportAsync(database,
            OnspdFile.Row("IG11 7QJ", "51.536000", "0.081000"),
            OnspdFile.Row("RM9 6XP", "51.540000", "0.130000"),
            OnspdFile.Row("RM9 6XQ", "fifty-one", "0.130000"),
            OnspdFile.Row("RM9 6XR", "51.541000", "0.131000"));

        Assert.Equal(FailureKind.Validation, result.Kind);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Row);
        Assert.Equal("lat", error.Field);
        Assert.Equal(before, await CountAsync(database));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Import_postcodes_on_the_command_line_exits_1_naming_row_and_column(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        using var file = new OnspdFile(
            OnspdFile.Row("IG11 7QJ", "51.536000", "0.081000"),
            OnspdFile.Row("RM9 6XP", "51.540000", "0.130000"),
            OnspdFile.Row("RM9 6XQ", "95.5", "0.130000"));

        var outcome = await CliRunner.RunAsync(database, time, "import", "postcodes", file.Path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("row 3, column lat: the latitude 95.5 is outside -90 to 90", outcome.Error);
        Assert.Equal(0, await CountAsync(database));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite)]
    public async Task Import_postcodes_on_the_command_line_reports_what_it_stored(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        using var file = new OnspdFile(
            OnspdFile.Row("IG11 7QJ", "51.536000", "0.081000"),
            OnspdFile.Row("IG11 9ZZ", "99.999999", "0.000000"));

        var outcome = await CliRunner.RunAsync(database, time, "import", "postcodes", file.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("Imported 1 postcodes from 2 rows; 1 without a grid reference skipped.", outcome.Output);
    }

    [Theory]
    [InlineData("pcds", "not a postcode", "51.5", "0.1")]
    [InlineData("long", "IG11 7QJ", "51.5", "181")]
    [InlineData("long", "IG11 7QJ", "51.5", "")]
    [InlineData("lat", "IG11 7QJ", "NaN", "0.1")]
    public async Task Each_invalid_field_is_named(string column, string postcode, string lat, string @long)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var result = await ImportAsync(database, OnspdFile.Row(postcode, lat, @long));

        var error = Assert.Single(result.Errors);
        Assert.Equal((column, 1L), (error.Field, error.Row!.Value));
    }

    [Fact]
    public async Task A_file_without_a_needed_column_is_refused_naming_the_column()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateDb();
        using var stream = new MemoryStream("pcds,lat,osward,oslaua\nIG11 7QJ,51.5,E05000026,E09000002\n"u8.ToArray());

        var result = await new ImportPostcodes(db).HandleAsync(stream);

        var error = Assert.Single(result.Errors);
        Assert.Equal("long", error.Field);
        Assert.Null(error.Row);
    }

    [Fact]
    public async Task A_row_with_broken_quoting_is_named_and_nothing_is_stored()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateDb();
        using var stream = new MemoryStream("""
            pcds,lat,long,osward,oslaua
            IG11 7QJ,51.5,0.08,E05000026,E09000002
            IG11 "7QL,51.5,0.08,E05000026,E09000002
            """u8.ToArray());

        var result = await new ImportPostcodes(db).HandleAsync(stream);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("file", 2L), (error.Field, error.Row!.Value));
        Assert.StartsWith("the row is not valid CSV: a quote inside an unquoted field", error.Message);
        Assert.Equal(0, await db.Postcodes.CountAsync());
    }

    private static async Task<Result<PostcodeImportSummary>> ImportAsync(TestDatabase database, params string[] rows)
    {
        using var file = new OnspdFile(rows);
        await using var db = database.CreateDb();
        await using var stream = file.Open();
        return await new ImportPostcodes(db).HandleAsync(stream);
    }

    private static async Task<int> CountAsync(TestDatabase database)
    {
        await using var db = database.CreateDb();
        return await db.Postcodes.CountAsync();
    }
}
