using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Tests.CrimeAnalysis;

public sealed class CrimeImportTests
{
    private const string Header =
        "reference,crime_type,committed_at,reported_at,borough_code,ward_code,street,location_key,latitude,longitude,victim_ref,offender_ref,hate_crime,domestic,juvenile_victim,weapon,business";

    /// <summary>A second borough (City of London) with one ward, to cross boroughs and wards.</summary>
    private const string CityBorough = "E09000001";
    private const string CityWard = "E05009288";

    private readonly FakeTimeProvider time = TestClock.Create();

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Crimes_are_imported_in_utc_with_their_groups(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var file = new CsvFile("crimes.csv", Header,
            Row("CR000000001", "Robbery of personal property", weapon: "knife", committed: "2026-07-01T21:30:00+01:00", reported: "2026-07-01T22:05:00+01:00"),
            Row("CR000000002", "Residential burglary", ward: "", latitude: "", longitude: "", hate: "no", domestic: "1"),
            Row("CR000000003", "Assault with injury", juvenile: "yes", weapon: "Gun", business: "TRUE"));

        var result = await ImportAsync(database, file);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(new CrimeImportSummary(Rows: 3, Inserted: 3, Updated: 0), result.Value);
        await using var db = database.CreateDb();
        var groups = await db.CrimeGroups.ToDictionaryAsync(g => g.Code, g => g.Mask);
        var crimes = await db.Crimes.OrderBy(c => c.Reference).ToListAsync();
        Assert.Equal(groups["robbery"] | groups["knife-crime"], crimes[0].Groups);
        Assert.Equal(new DateTime(2026, 7, 1, 20, 30, 0, DateTimeKind.Utc), crimes[0].CommittedAt);
        Assert.Equal(new DateTime(2026, 7, 1, 21, 5, 0, DateTimeKind.Utc), crimes[0].ReportedAt);
        Assert.Equal((1, (int?)1, Weapon.Knife), (crimes[0].BoroughId, crimes[0].WardId, crimes[0].Weapon));
        Assert.Equal(groups["residential-burglary"], crimes[1].Groups);
        Assert.Equal(((int?)null, (double?)null, false, true), (crimes[1].WardId, crimes[1].Latitude, crimes[1].HateCrime, crimes[1].Domestic));
        Assert.Equal(groups["youth-violence"] | groups["gun-crime"] | groups["business-crime"], crimes[2].Groups);
        Assert.Equal(new[] { 1L, 2L, 3L }, crimes.Select(c => c.Id));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Importing_again_replaces_crimes_by_reference(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var first = new CsvFile("crimes.csv", Header, Row("CR000000001", "Common assault"), Row("CR000000002", "Shoplifting"));
        using var second = new CsvFile("crimes.csv", Header,
            Row("CR000000002", "Robbery of business property", weapon: "knife"), Row("CR000000003", "Theft of motor vehicle"));
        Assert.True((await ImportAsync(database, first)).Succeeded);

        var result = await ImportAsync(database, second);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(new CrimeImportSummary(Rows: 2, Inserted: 1, Updated: 1), result.Value);
        await using var db = database.CreateDb();
        var groups = await db.CrimeGroups.ToDictionaryAsync(g => g.Code, g => g.Mask);
        var replaced = await db.Crimes.SingleAsync(c => c.Reference == "CR000000002");
        Assert.Equal((2L, "Robbery of business property", Weapon.Knife), (replaced.Id, replaced.CrimeType, replaced.Weapon));
        Assert.Equal(groups["robbery"] | groups["business-crime"] | groups["knife-crime"], replaced.Groups);
        Assert.Equal(3, await db.Crimes.CountAsync());
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_ward_outside_the_borough_fails_naming_row_and_column_and_stores_nothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var file = new CsvFile("crimes.csv", Header,
            Row("CR000000001", "Common assault"),
            Row("CR000000002", "Shoplifting", ward: CityWard),
            Row("CR000000003", "Shoplifting", borough: "E09000099", ward: ""));

        var result = await ImportAsync(database, file);

        Assert.Equal(FailureKind.Validation, result.Kind);
        Assert.Equal(
            [
                new ValidationError("ward_code", $"ward {CityWard} is in borough {CityBorough}, not {OrganisationSeed.BoroughCode}", 2),
                new ValidationError("borough_code", "no borough has the ONS code 'E09000099'", 3),
            ],
            result.Errors);
        await using var db = database.CreateDb();
        Assert.Equal(0, await db.Crimes.CountAsync());
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Import_crimes_on_the_command_line_exits_1_naming_row_and_column(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var file = new CsvFile("crimes.csv", Header, Row("CR000000001", "Common assault"), Row("CR000000002", "Common assault", borough: CityBorough));

        var outcome = await CliRunner.RunAsync(database, time, "import", "crimes", file.Path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"row 2, column ward_code: ward {OrganisationSeed.WestWardCode} is in borough {OrganisationSeed.BoroughCode}, not {CityBorough}", outcome.Error);
        await using var db = database.CreateDb();
        Assert.Equal(0, await db.Crimes.CountAsync());
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite)]
    public async Task Import_crimes_on_the_command_line_reports_what_it_stored(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var file = new CsvFile("crimes.csv", Header, Row("CR000000001", "Common assault"), Row("CR000000002", "Rape"));

        var outcome = await CliRunner.RunAsync(database, time, "import", "crimes", file.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("Imported 2 crimes: 2 new, 0 replaced.", outcome.Output);
    }

    [Theory]
    [InlineData("committed_at", "2026-07-01T21:30:00")]
    [InlineData("reported_at", "2026-03-14T21:00:00Z")]
    [InlineData("reported_at", "1 July 2026")]
    [InlineData("domestic", "maybe")]
    [InlineData("weapon", "bat")]
    [InlineData("latitude", "95")]
    [InlineData("reference", "")]
    [InlineData("crime_type", "")]
    public async Task Each_invalid_field_is_named(string column, string value)
    {
        await using var database = await SeededAsync(DatabaseProvider.Sqlite);
        var fields = Row("CR000000001", "Common assault").Split(',');
        fields[Array.IndexOf(Header.Split(','), column)] = value;
        using var file = new CsvFile("crimes.csv", Header, string.Join(",", fields));

        var result = await ImportAsync(database, file);

        var error = Assert.Single(result.Errors);
        Assert.Equal((column, 1L), (error.Field, error.Row!.Value));
    }

    [Theory]
    [InlineData("2026-03-14T21:30Z")]
    [InlineData("2026-03-14T21:30:00.000+00:00")]
    [InlineData("2026-03-14T22:30:00+01:00")]
    [InlineData("2026-03-14T16:30:00-05:00")]
    public async Task Times_are_read_with_their_offset_and_stored_in_utc(string committed)
    {
        await using var database = await SeededAsync(DatabaseProvider.Sqlite);
        using var file = new CsvFile("crimes.csv", Header, Row("CR000000001", "Common assault", committed: committed));

        var result = await ImportAsync(database, file);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        await using var db = database.CreateDb();
        Assert.Equal(new DateTime(2026, 3, 14, 21, 30, 0, DateTimeKind.Utc), (await db.Crimes.SingleAsync()).CommittedAt);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_crimes_file_that_is_not_valid_utf8_is_refused_naming_row_and_column_and_stores_nothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var file = new CsvFile("crimes.csv", Header,
            Row("CR000000001", "Common assault"),
            Row("CR000000002", "Shoplifting").Replace("Abbey Road,", $"Abbey R{InvalidUtf8.Marker}ad,"));
        InvalidUtf8.Apply(file.Path);

        var result = await ImportAsync(database, file);

        Assert.Equal(FailureKind.Validation, result.Kind);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("street", (long?)2), (error.Field, error.Row));
        Assert.StartsWith("the text is not valid UTF-8 (byte 0xFF, byte 8 of the field, in column 7)", error.Message);
        await using var db = database.CreateDb();
        Assert.Equal(0, await db.Crimes.CountAsync());
    }

    private static string Row(string reference, string type, string borough = OrganisationSeed.BoroughCode, string ward = OrganisationSeed.WestWardCode,
        string committed = "2026-03-14T21:30:00Z", string reported = "2026-03-14T22:00:00Z", string latitude = "51.05", string longitude = "0.05",
        string hate = "false", string domestic = "false", string juvenile = "false", string weapon = "none", string business = "false") =>
        $"{reference},{type},{committed},{reported},{borough},{ward},Abbey Road,ABBEY ROAD IG11,{latitude},{longitude},V{reference},,{hate},{domestic},{juvenile},{weapon},{business}";

    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await Databases.CreateAsync(provider);
        await using var db = database.CreateDb();
        await OrganisationSeed.AddAsync(db);
        db.Boroughs.Add(new Borough { Id = 2, AreaId = 1, Code = CityBorough, Name = "City of London" });
        db.Wards.Add(new Ward { Id = 3, BoroughId = 2, Code = CityWard, Name = "Aldersgate" });
        await db.SaveChangesAsync();
        return database;
    }

    private static async Task<Result<CrimeImportSummary>> ImportAsync(TestDatabase database, CsvFile file)
    {
        await using var db = database.CreateDb();
        await using var stream = file.Open();
        return await new ImportCrimes(db).HandleAsync(stream);
    }
}
