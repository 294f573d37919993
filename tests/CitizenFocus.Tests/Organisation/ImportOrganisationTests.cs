using CitizenFocus.Calls;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Tests.Organisation;

/// <summary>Issue 21: a force loads its own organisation from the documented CSV (docs/samples/organisation.csv).</summary>
public sealed class ImportOrganisationTests
{
    private const string Header = "level,code,name,parent_code,setting,population,previous_code";
    private readonly FakeTimeProvider time = TestClock.Create();

    private static string Sample => SampleFiles.PathOf("organisation.csv");

    private static async Task<Result<OrganisationImportSummary>> ImportAsync(TestDatabase database, string text)
    {
        await using var db = database.CreateDb();
        await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return await new ImportOrganisation(db).HandleAsync(stream);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task The_sample_file_loads_a_force_with_its_areas_boroughs_and_wards_from_the_command_line(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);

        var outcome = await CliRunner.RunAsync(database, time, "import", "organisation", Sample);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal("Imported 10 rows: added 1 force, 2 areas, 3 boroughs, 4 wards; updated 0 forces, 0 areas, 0 boroughs, 0 wards.", outcome.Output.Trim());
        await using var db = database.CreateDb();
        Assert.Equal("Northshire Police", (await db.Forces.SingleAsync()).Name);
        var harefield = await db.Wards.SingleAsync(w => w.Code == "E05013531");
        Assert.Equal((WardSetting.Rural, 8110, "Hillingdon"), (harefield.Setting, harefield.Population,
            await db.Boroughs.Where(b => b.Id == harefield.BoroughId).Select(b => b.Name).SingleAsync()));
        Assert.Equal(["EAST", "WEST"], await db.Areas.OrderBy(a => a.Code).Select(a => a.Code).ToListAsync());
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_reimport_with_a_renamed_and_a_recoded_ward_keeps_each_wards_records(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        Assert.True((await ImportAsync(database, await File.ReadAllTextAsync(Sample))).Succeeded);
        int abbey, alibon;
        await using (var db = database.CreateDb())
        {
            abbey = await db.Wards.Where(w => w.Code == "E05014053").Select(w => w.Id).SingleAsync();
            alibon = await db.Wards.Where(w => w.Code == "E05014054").Select(w => w.Id).SingleAsync();
            var borough = await db.Wards.Where(w => w.Id == abbey).Select(w => w.BoroughId).SingleAsync();
            db.Calls.Add(new Call { Id = 1, Reference = "CAD1", BoroughId = borough, WardId = abbey, ReceivedAt = time.GetUtcNow().UtcDateTime,
                CallerName = "A Caller", Category = "Noise" });
            db.Calls.Add(new Call { Id = 2, Reference = "CAD2", BoroughId = borough, WardId = alibon, ReceivedAt = time.GetUtcNow().UtcDateTime,
                CallerName = "B Caller", Category = "Noise" });
            await db.SaveChangesAsync();
        }
        var boundaryReview = $"""
            {Header}
            borough,E09000002,Barking and Dagenham,EAST,,,
            ward,E05014053,Abbey and Barking Riverside,E09000002,urban,15020,
            ward,E05099999,Alibon North,E09000002,urban,9800,E05014054
            """;

        var result = await ImportAsync(database, boundaryReview);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(new OrganisationCounts(0, 0, 1, 2), result.Value.Updated);
        Assert.Equal(new OrganisationCounts(0, 2, 2, 2), result.Value.NotInFile);
        await using var check = database.CreateDb();
        var renamed = await check.Wards.SingleAsync(w => w.Id == abbey);
        var recoded = await check.Wards.SingleAsync(w => w.Id == alibon);
        Assert.Equal(("E05014053", "Abbey and Barking Riverside", 15020), (renamed.Code, renamed.Name, renamed.Population));
        Assert.Equal(("E05099999", "Alibon North"), (recoded.Code, recoded.Name));
        Assert.Equal([abbey, alibon], await check.Calls.OrderBy(c => c.Id).Select(c => c.WardId!.Value).ToListAsync());
        Assert.Equal(4, await check.Wards.CountAsync());
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_bad_file_is_refused_naming_row_and_column_and_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        Assert.True((await ImportAsync(database, await File.ReadAllTextAsync(Sample))).Succeeded);
        IReadOnlyDictionary<string, string> before;
        await using (var db = database.CreateDb()) before = await TableDigest.ComputeAsync(db);
        var bad = $"""
            {Header}
            ward,E05014053,Abbey renamed,E09000002,urban,15000,
            bourough,E09000099,Nowhere,EAST,,,
            ward,E05000001,Orphan,E09000099,urban,100,
            ward,E05000002,Hamlet,E09000002,suburban,lots,
            area,NORTH,North,OTHER,,,
            """;

        var result = await ImportAsync(database, bad);

        Assert.Equal(
            [
                new ValidationError("level", "'bourough' is not a level: use force, area, borough or ward", 2),
                new ValidationError("setting", "'suburban' is not a setting: use urban or rural", 4),
                new ValidationError("population", "'lots' is not a number of residents", 4),
            ],
            result.Errors);
        var second = await ImportAsync(database, $"{Header}\nward,E05014053,Abbey renamed,E09000002,urban,15000,\nward,E05000001,Orphan,E09000099,urban,100,\narea,NORTH,North,OTHER,,,\n");
        Assert.Equal(
            [
                new ValidationError("parent_code", "'OTHER' is not the force (NSP)", 3),
                new ValidationError("parent_code", "there is no borough 'E09000099' in the file or the database", 2),
            ],
            second.Errors);
        await using (var db = database.CreateDb()) Assert.Equal(before, await TableDigest.ComputeAsync(db));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task The_first_import_must_name_the_force_and_a_second_force_is_refused(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);

        var noForce = await ImportAsync(database, $"{Header}\narea,EAST,East,NSP,,,\n");
        Assert.True((await ImportAsync(database, await File.ReadAllTextAsync(Sample))).Succeeded);
        var otherForce = await ImportAsync(database, $"{Header}\nforce,XYZ,Another Police,,,,\n");

        Assert.Equal("the file names no force, and none is loaded: its first row is the force", Assert.Single(noForce.Errors).Message);
        Assert.Equal(new ValidationError("code", "this database holds the force NSP; the file is XYZ's", 1), Assert.Single(otherForce.Errors));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Setup_status_names_what_is_missing_with_its_command_and_what_is_loaded(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);

        var empty = await CliRunner.RunAsync(database, time, "setup", "status");
        await CliRunner.RunAsync(database, time, "import", "organisation", Sample);
        var loaded = await CliRunner.RunAsync(database, time, "setup", "status");

        Assert.True(empty.ExitCode == 0, empty.ToString());
        Assert.Contains("missing  Organisation         no force; to load: citizenfocus import organisation FILE (docs/imports.md)", empty.Output);
        Assert.Contains("loaded   Service standards", empty.Output);
        Assert.Contains("9 of 10 missing", empty.Output);
        Assert.Contains("loaded   Organisation         1 force, 2 areas, 3 boroughs, 4 wards", loaded.Output);
        Assert.Contains("missing  Ward boundaries      0 of 4 wards have a boundary", loaded.Output);
        Assert.Contains("8 of 10 missing", loaded.Output);
    }
}
