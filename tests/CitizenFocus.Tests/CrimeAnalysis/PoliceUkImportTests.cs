using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Data;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static CitizenFocus.Tests.CrimeAnalysis.PoliceUkFiles;

namespace CitizenFocus.Tests.CrimeAnalysis;

public sealed class PoliceUkImportTests
{
    /// <summary>An LSOA the lookup places in a ward of another force.</summary>
    private const string ElsewhereLsoa = "E01009999";

    private readonly FakeTimeProvider time = TestClock.Create();

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Street_rows_are_placed_in_ward_and_borough_through_the_lsoa_lookup(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var id = CrimeId();
        using var file = Street("2026-03",
            StreetRow("2026-03", "Burglary", WestLsoa, crimeId: id.ToUpperInvariant()),
            StreetRow("2026-03", "Robbery", EastLsoa),
            StreetRow("2026-03", "Shoplifting", ElsewhereLsoa),
            StreetRow("2026-03", "Drugs", "E01123456"));

        var result = await ImportAsync(database, file);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal((4L, 1L, 1L), (result.Value.StreetRows, result.Value.LsoaNotInLookup, result.Value.OutsideWards));
        await using var db = database.CreateDb();
        var groups = await db.CrimeGroups.ToDictionaryAsync(g => g.Code, g => g.Mask);
        var rows = await OpenDataQueries.StreetRows(db).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal([(1, 1), (2, 1), (null, null), (null, null)], rows.Select(r => (r.WardId, r.BoroughId)));
        Assert.Equal(groups["residential-burglary"], rows[0].Groups);
        Assert.Equal(groups["robbery"], rows[1].Groups);
        Assert.Equal(groups["business-crime"], rows[2].Groups);
        Assert.Equal(0, rows[3].Groups);
        Assert.Equal(new DateOnly(2026, 3, 1), rows[0].Month);
        Assert.Equal(id, rows[0].CrimeId);
        Assert.Equal(("On or near Fleet Street", "Under investigation", (string?)null), (rows[0].Location, rows[0].LastOutcomeCategory, rows[0].Context));
        Assert.Equal((Met, Met, 0.05, 51.05, WestLsoa, "Barking and Dagenham 001A"),
            (rows[0].ReportedBy, rows[0].FallsWithin, rows[0].Longitude, rows[0].Latitude, rows[0].LsoaCode, rows[0].LsoaName));
        Assert.Equal([("Burglary", "burglary"), ("Robbery", "robbery"), ("Shoplifting", "shoplifting"), ("Drugs", "drugs")],
            rows.Select(r => (r.CrimeType, r.CrimeCategory)));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Rows_without_coordinates_or_lsoa_are_kept_and_counted(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var file = Street("2026-03",
            StreetRow("2026-03"),
            StreetRow("2026-03", longitude: "", latitude: "", lsoa: ""),
            StreetRow("2026-03", "Vehicle crime", longitude: "", latitude: ""),
            AsbRow("2026-03"));

        var result = await ImportAsync(database, file);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var s = result.Value;
        Assert.Equal((4L, 2L, 1L, 0L), (s.StreetRows, s.WithoutCoordinates, s.WithoutLsoa, s.LsoaNotInLookup));
        await using var db = database.CreateDb();
        Assert.Equal(4, await db.OpenDataCrimes.CountAsync());
        var noLsoa = await OpenDataQueries.StreetRows(db).SingleAsync(c => c.LsoaCode == null);
        Assert.Equal((null, null, null, null), (noLsoa.Longitude, noLsoa.Latitude, noLsoa.WardId, noLsoa.BoroughId));
        Assert.Equal("On or near Fleet Street", noLsoa.Location);
        var asb = await OpenDataQueries.StreetRows(db).SingleAsync(c => c.CrimeType == "Anti-social behaviour");
        Assert.Equal((null, null, 1), (asb.CrimeId, asb.LastOutcomeCategory, asb.WardId));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task An_unknown_crime_type_fails_naming_file_row_and_column_and_stores_nothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var good = Street("2026-02", StreetRow("2026-02"), StreetRow("2026-02"));
        using var bad = Street("2026-03", StreetRow("2026-03"), StreetRow("2026-03", "Burglary"), StreetRow("2026-03", "Fraud"));

        var result = await ImportAsync(database, good, bad);

        Assert.Equal(FailureKind.Validation, result.Kind);
        var error = Assert.Single(result.Errors);
        Assert.Equal((bad.Name, 3L, "Crime type"), (error.File, error.Row, error.Field));
        Assert.StartsWith("'Fraud' is not one of police.uk's crime types", error.Message);
        await using (var db = database.CreateDb())
        {
            Assert.Equal((0, 0, 0, 0, 0), (await db.OpenDataCrimes.CountAsync(), await db.OpenDataMonths.CountAsync(),
                await db.OpenDataForces.CountAsync(), await db.OpenDataPlaces.CountAsync(), await db.OpenDataOutcomeTypes.CountAsync()));
        }

        // Nothing of the failed import stands in the way of the next.
        var retry = await ImportAsync(database, good);
        Assert.True(retry.Succeeded, string.Join("; ", retry.Errors));
        await using var check = database.CreateDb();
        Assert.Equal([(Met, "Burglary", "Under investigation"), (Met, "Burglary", "Under investigation")],
            (await OpenDataQueries.StreetRows(check).ToListAsync()).Select(r => (r.FallsWithin, r.CrimeType, r.LastOutcomeCategory!)));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Import_police_uk_on_the_command_line_exits_1_naming_file_row_and_column(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var file = Street("2026-03", StreetRow("2026-03"), StreetRow("2026-03", "Burglary of a dwelling"));

        var outcome = await CliRunner.RunAsync(database, time, "import", "police-uk", file.Path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{file.Name}: row 2, column Crime type: 'Burglary of a dwelling' is not one of police.uk's crime types", outcome.Error);
        Assert.Contains("Nothing was imported.", outcome.Error);
        await using var db = database.CreateDb();
        Assert.Equal(0, await db.OpenDataCrimes.CountAsync());
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_month_between_two_imported_months_is_missing_until_its_file_is_imported(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var january = Street("2026-01", StreetRow("2026-01"), StreetRow("2026-01"));
        using var march = Street("2026-03", StreetRow("2026-03"), StreetRow("2026-03"), AsbRow("2026-03"));
        using var february = Street("2026-02", StreetRow("2026-02"));

        var first = await ImportAsync(database, january, march);

        Assert.True(first.Succeeded, string.Join("; ", first.Errors));
        var met = Assert.Single(first.Value.Forces);
        Assert.Equal((Met, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1), 2), (met.Force, met.First, met.Last, met.MonthsPresent));
        Assert.Equal([new DateOnly(2026, 2, 1)], met.Missing);
        Assert.Equal(
            [(new DateOnly(2026, 1, 1), OpenDataMonthStatus.Present, 2), (new DateOnly(2026, 2, 1), OpenDataMonthStatus.Missing, 0), (new DateOnly(2026, 3, 1), OpenDataMonthStatus.Present, 3)],
            await MonthsAsync(database));

        var second = await ImportAsync(database, february);

        Assert.True(second.Succeeded, string.Join("; ", second.Errors));
        Assert.Empty(Assert.Single(second.Value.Forces).Missing);
        Assert.Equal(
            [(new DateOnly(2026, 1, 1), OpenDataMonthStatus.Present, 2), (new DateOnly(2026, 2, 1), OpenDataMonthStatus.Present, 1), (new DateOnly(2026, 3, 1), OpenDataMonthStatus.Present, 3)],
            await MonthsAsync(database));
        await using var db = database.CreateDb();
        Assert.All(await db.OpenDataMonths.ToListAsync(), m => Assert.Equal(TestClock.Start.UtcDateTime, m.UpdatedAt));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task An_outcomes_file_is_told_by_its_header_and_stored(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var id = CrimeId();
        using var street = Street("2026-03", StreetRow("2026-03", crimeId: id));
        using var outcomes = Outcomes("2026-03",
            OutcomeRow("2026-03", id, "Suspect charged"),
            OutcomeRow("2026-03", CrimeId()));

        var result = await ImportAsync(database, street, outcomes);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal((1L, 2L), (result.Value.StreetRows, result.Value.OutcomeRows));
        await using var db = database.CreateDb();
        var bytes = PoliceUkCrimeId.Parse(id);
        var charged = await OpenDataQueries.Outcomes(db).SingleAsync(o => o.CrimeIdBytes == bytes);
        Assert.Equal(("Suspect charged", new DateOnly(2026, 3, 1), Met, WestLsoa, id), (charged.OutcomeType, charged.Month, charged.FallsWithin, charged.LsoaCode, charged.CrimeId));
        Assert.Equal(1, await db.OpenDataMonths.CountAsync());
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Importing_the_same_force_months_again_replaces_them(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var street = Street("2026-03", StreetRow("2026-03"), StreetRow("2026-03", "Robbery"), AsbRow("2026-03"));
        using var outcomes = Outcomes("2026-03", OutcomeRow("2026-03", CrimeId()));
        // British Transport Police report crimes that fall within the Met: their file is not the Met's to replace.
        using var transport = new CsvFile("2026-03-btp-street.csv", StreetHeader,
            StreetRow("2026-03", "Theft from the person", reportedBy: "British Transport Police"));
        Assert.True((await ImportAsync(database, transport)).Succeeded);

        var first = await ImportAsync(database, street, outcomes);
        var before = await CountsAsync(database);
        var again = await ImportAsync(database, street, outcomes);

        Assert.True(again.Succeeded, string.Join("; ", again.Errors));
        Assert.Equal((first.Value.StreetRows, first.Value.OutcomeRows, 0L), (again.Value.StreetRows, again.Value.OutcomeRows, first.Value.ReplacedRows));
        Assert.Equal(4L, again.Value.ReplacedRows);
        Assert.Equal(before, await CountsAsync(database));
        Assert.Equal((4, 1), (before.Crimes, before.Outcomes));
        Assert.Equal([(new DateOnly(2026, 3, 1), OpenDataMonthStatus.Present, 4)], await MonthsAsync(database));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Import_police_uk_on_the_command_line_reports_counts_and_missing_months(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var january = Street("2026-01", StreetRow("2026-01"), StreetRow("2026-01", longitude: "", latitude: "", lsoa: ""));
        using var april = Street("2026-04", StreetRow("2026-04", lsoa: "E01123456"));

        var outcome = await CliRunner.RunAsync(database, time, "import", "police-uk", january.Path, april.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("Imported 3 street-level rows and 0 outcome rows from 2 file(s); 0 rows of earlier imports replaced.", outcome.Output);
        Assert.Contains("Kept: 1 rows without coordinates, 1 without an LSOA, 1 whose LSOA is not in the lookup, 0 in wards that are not the force's.", outcome.Output);
        Assert.Contains("Metropolitan Police Service: 2026-01 to 2026-04, 2 month(s) held; missing: 2026-02, 2026-03.", outcome.Output);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Forces_places_and_outcomes_are_held_once_and_found_again_by_later_imports(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var march = Street("2026-03", StreetRow("2026-03"), StreetRow("2026-03", "Robbery"), StreetRow("2026-03", lsoa: EastLsoa),
            StreetRow("2026-03", longitude: "", latitude: "", lsoa: ""), StreetRow("2026-03", longitude: "", latitude: ""));
        using var april = Street("2026-04", StreetRow("2026-04"), StreetRow("2026-04", longitude: "0.06"),
            StreetRow("2026-04", longitude: "", latitude: "", lsoa: ""), StreetRow("2026-04", longitude: "", latitude: ""));

        Assert.True((await ImportAsync(database, march)).Succeeded);
        Assert.True((await ImportAsync(database, april)).Succeeded);

        await using var db = database.CreateDb();
        // The same point, street and LSOA is one place, found again by the later import, missing parts and all;
        // another LSOA or point is another place.
        Assert.Equal(5, await db.OpenDataPlaces.CountAsync());
        Assert.Equal([Met], await db.OpenDataForces.Select(f => f.Name).ToListAsync());
        Assert.Equal(["Under investigation"], await db.OpenDataOutcomeTypes.Select(o => o.Name).ToListAsync());
        var rows = await OpenDataQueries.StreetRows(db).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal([0.05, 0.05, 0.05, null, null, 0.05, 0.06, null, null], rows.Select(r => r.Longitude));
        Assert.Equal([WestLsoa, WestLsoa, EastLsoa, null, WestLsoa, WestLsoa, WestLsoa, null, WestLsoa], rows.Select(r => r.LsoaCode));
        Assert.All(rows, r => Assert.Equal(("On or near Fleet Street", "Barking and Dagenham 001A"), (r.Location, r.LsoaName)));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_later_import_adds_forces_and_outcomes_and_replaces_only_the_reporting_forces_rows(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        const string Btp = "British Transport Police";
        var id = CrimeId();
        using var met = Street("2026-03", StreetRow("2026-03", crimeId: id), StreetRow("2026-03", "Robbery"));
        using var transport = new CsvFile("2026-03-btp-street.csv", StreetHeader,
            StreetRow("2026-03", "Theft from the person", reportedBy: Btp), StreetRow("2026-03", "Robbery", reportedBy: Btp));
        using var outcomes = Outcomes("2026-03", OutcomeRow("2026-03", id, "Suspect charged"));
        using var transportAgain = new CsvFile("2026-03-btp-street-corrected.csv", StreetHeader,
            StreetRow("2026-03", "Public order", reportedBy: Btp));

        Assert.True((await ImportAsync(database, met)).Succeeded);
        Assert.True((await ImportAsync(database, transport, outcomes)).Succeeded);
        var again = await ImportAsync(database, transportAgain);

        Assert.True(again.Succeeded, string.Join("; ", again.Errors));
        Assert.Equal(2L, again.Value.ReplacedRows);
        await using var db = database.CreateDb();
        Assert.Equal([(1, Met), (2, Btp)], (await db.OpenDataForces.OrderBy(f => f.Id).ToListAsync()).Select(f => (f.Id, f.Name)));
        Assert.Equal([(1, "Under investigation"), (2, "Suspect charged")],
            (await db.OpenDataOutcomeTypes.OrderBy(o => o.Id).ToListAsync()).Select(o => (o.Id, o.Name)));
        var rows = await OpenDataQueries.StreetRows(db).OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([(Met, Met, "Burglary"), (Met, Met, "Robbery"), (Btp, Met, "Public order")], rows.Select(r => (r.ReportedBy, r.FallsWithin, r.CrimeType)));
        var outcome = await OpenDataQueries.Outcomes(db).SingleAsync();
        Assert.Equal((id, "Suspect charged", Met), (outcome.CrimeId, outcome.OutcomeType, outcome.ReportedBy));
        // The transport police rows fall within the Met, so its month counts them.
        Assert.Equal([(new DateOnly(2026, 3, 1), OpenDataMonthStatus.Present, 3)], await MonthsAsync(database));
    }

    [Theory]
    [InlineData("", "the crime ID is missing")]
    [InlineData("12345", "'12345' is not a police.uk crime ID (64 hexadecimal digits)")]
    public async Task An_outcome_without_a_police_uk_crime_id_is_refused_naming_the_column(string crimeId, string message)
    {
        await using var database = await SeededAsync(DatabaseProvider.Sqlite);
        using var file = Outcomes("2026-03", OutcomeRow("2026-03", CrimeId()), OutcomeRow("2026-03", crimeId));

        var result = await ImportAsync(database, file);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Crime ID", 2L, message), (error.Field, error.Row!.Value, error.Message));
        await using var db = database.CreateDb();
        Assert.Equal(0, await db.OpenDataOutcomes.CountAsync());
    }

    [Theory]
    [InlineData("Crime ID", "not-a-police-uk-id")]
    [InlineData("Month", "2026-3")]
    [InlineData("Longitude", "east")]
    [InlineData("Latitude", "91")]
    [InlineData("Falls within", "")]
    public async Task Each_invalid_field_is_named(string column, string value)
    {
        await using var database = await SeededAsync(DatabaseProvider.Sqlite);
        var fields = StreetRow("2026-03").Split(',');
        fields[Array.IndexOf(StreetHeader.Split(','), column)] = value;
        using var file = Street("2026-03", StreetRow("2026-03"), string.Join(",", fields));

        var result = await ImportAsync(database, file);

        var error = Assert.Single(result.Errors);
        Assert.Equal((column, 2L, file.Name), (error.Field, error.Row!.Value, error.File));
    }

    [Fact]
    public async Task A_file_that_is_not_police_uk_street_or_outcomes_data_is_refused()
    {
        await using var database = await SeededAsync(DatabaseProvider.Sqlite);
        using var file = new CsvFile("2026-03-metropolitan-stop-and-search.csv",
            "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing",
            "Person search,2026-03-01T00:10:00+00:00,,,51.5,-0.1,Male,18-24,,,Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,,False");

        var result = await ImportAsync(database, file);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("file", (long?)null, file.Name), (error.Field, error.Row, error.File));
        Assert.StartsWith("the header row is not that of a police.uk street-level file", error.Message);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_file_that_is_not_valid_utf8_is_refused_naming_row_and_column_and_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var file = Street("2026-03", StreetRow("2026-03"), StreetRow("2026-03").Replace("Fleet Street", $"Caf{InvalidUtf8.Marker} Street"));
        InvalidUtf8.Apply(file.Path);
        IReadOnlyDictionary<string, string> before;
        await using (var db = database.CreateDb()) before = await TableDigest.ComputeAsync(db);

        var result = await ImportAsync(database, file);

        Assert.Equal(FailureKind.Validation, result.Kind);
        var error = Assert.Single(result.Errors);
        Assert.Equal((file.Name, 2L, "Location"), (error.File, error.Row, error.Field));
        Assert.Equal("the text is not valid UTF-8 (byte 0xFF, byte 15 of the field, in column 7): save the file as UTF-8 (\"CSV UTF-8\" in Excel) and try again",
            error.Message);
        await using (var db = database.CreateDb()) Assert.Equal(before, await TableDigest.ComputeAsync(db));
    }

    [Fact]
    public async Task A_police_uk_file_whose_header_is_not_valid_utf8_is_refused()
    {
        await using var database = await SeededAsync(DatabaseProvider.Sqlite);
        using var file = new CsvFile("2026-03-metropolitan-street.csv", StreetHeader.Replace("Location", $"Locati{InvalidUtf8.Marker}n"), StreetRow("2026-03"));
        InvalidUtf8.Apply(file.Path);

        var result = await ImportAsync(database, file);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("file", (long?)null), (error.Field, error.Row));
        Assert.StartsWith("the header row is not valid UTF-8 (in column 7)", error.Message);
        await using var db = database.CreateDb();
        Assert.Equal(0, await db.OpenDataCrimes.CountAsync());
    }

    [Fact]
    public async Task A_truncated_row_is_named_and_nothing_is_stored()
    {
        await using var database = await SeededAsync(DatabaseProvider.Sqlite);
        var truncated = StreetRow("2026-03");
        using var file = Street("2026-03", StreetRow("2026-03"), truncated[..truncated.LastIndexOf(',')]);

        var result = await ImportAsync(database, file);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("file", 2L), (error.Field, error.Row!.Value));
        Assert.Equal("the row is not valid CSV: the row has 11 fields but 12 were expected", error.Message);
        await using var db = database.CreateDb();
        Assert.Equal(0, await db.OpenDataCrimes.CountAsync());
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task An_lsoa_ward_lookup_is_imported_and_wards_of_other_forces_are_counted(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using (var db = database.CreateDb()) await OrganisationSeed.AddAsync(db);
        const string header = "LSOA21CD,LSOA21NM,WD23CD,WD24CD,WD24NM,LAD24CD,LAD24NM,ObjectId";
        using var file = new CsvFile("LSOA21_WD24_LAD24_EW_LU.csv", header,
            $"{WestLsoa},Barking and Dagenham 001A,E05099999,{OrganisationSeed.WestWardCode},Abbey,E09000002,Barking and Dagenham,1",
            $"{EastLsoa},Barking and Dagenham 001B,E05099999,{OrganisationSeed.EastWardCode},Alibon,E09000002,Barking and Dagenham,2",
            "E01000001,City of London 001A,E05099999,E05009288,Aldersgate,E09000001,City of London,3");
        using var moved = new CsvFile("lookup.csv", "lsoa_code,ward_code", $"{EastLsoa},{OrganisationSeed.WestWardCode}");

        var outcome = await CliRunner.RunAsync(database, time, "import", "lsoa-wards", file.Path);
        var again = await CliRunner.RunAsync(database, time, "import", "lsoa-wards", moved.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("Imported 3 LSOAs from 3 rows; 1 in 1 wards that are not the force's (kept).", outcome.Output);
        Assert.True(again.ExitCode == 0, again.ToString());
        await using var check = database.CreateDb();
        var lookup = await check.LsoaWards.OrderBy(l => l.LsoaCode).Select(l => new { l.LsoaCode, l.WardCode, l.LsoaName }).ToListAsync();
        Assert.Equal(
            [("E01000001", "E05009288"), (WestLsoa, OrganisationSeed.WestWardCode), (EastLsoa, OrganisationSeed.WestWardCode)],
            lookup.Select(l => (l.LsoaCode, l.WardCode)));
        Assert.Null(lookup[2].LsoaName);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task An_lsoa_ward_lookup_with_a_bad_code_names_row_and_column_and_stores_nothing(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        using var file = new CsvFile("lookup.csv", "LSOA11CD,LSOA11NM,WD22CD",
            $"{WestLsoa},Barking and Dagenham 001A,{OrganisationSeed.WestWardCode}",
            $"{EastLsoa},Barking and Dagenham 001B,E05-00027");

        var outcome = await CliRunner.RunAsync(database, time, "import", "lsoa-wards", file.Path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("row 2, column WD22CD: 'E05-00027' is not an ONS area code", outcome.Error);
        await using var db = database.CreateDb();
        Assert.Equal(0, await db.LsoaWards.CountAsync());
    }

    /// <summary>The seeded organisation, and a lookup placing two LSOAs in its wards and one in another force's.</summary>
    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await Databases.CreateAsync(provider);
        await using var db = database.CreateDb();
        await OrganisationSeed.AddAsync(db);
        db.LsoaWards.AddRange(
            new LsoaWard { LsoaCode = WestLsoa, LsoaName = "Barking and Dagenham 001A", WardCode = OrganisationSeed.WestWardCode },
            new LsoaWard { LsoaCode = EastLsoa, LsoaName = "Barking and Dagenham 001B", WardCode = OrganisationSeed.EastWardCode },
            new LsoaWard { LsoaCode = ElsewhereLsoa, WardCode = "E05009999" });
        await db.SaveChangesAsync();
        return database;
    }

    private async Task<Result<PoliceUkImportSummary>> ImportAsync(TestDatabase database, params CsvFile[] files)
    {
        await using var db = database.CreateDb();
        return await new ImportPoliceUk(db, time).HandleAsync([.. files.Select(Source)]);
    }

    private static async Task<(int Crimes, int Outcomes, int Months)> CountsAsync(TestDatabase database)
    {
        await using var db = database.CreateDb();
        return (await db.OpenDataCrimes.CountAsync(), await db.OpenDataOutcomes.CountAsync(), await db.OpenDataMonths.CountAsync());
    }

    private static async Task<List<(DateOnly, OpenDataMonthStatus, int)>> MonthsAsync(TestDatabase database)
    {
        await using var db = database.CreateDb();
        var months = await db.OpenDataMonths.Where(m => m.Force == Met).OrderBy(m => m.Month).ToListAsync();
        return [.. months.Select(m => (m.Month, m.Status, m.Rows))];
    }
}
