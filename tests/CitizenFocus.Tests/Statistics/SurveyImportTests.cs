using CitizenFocus.Data;
using CitizenFocus.Statistics;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Tests.Statistics;

/// <summary>`citizenfocus import survey` and `import indicators`: exact headers, row and column errors, all or nothing.</summary>
public sealed class SurveyImportTests
{
    private readonly FakeTimeProvider time = TestClock.Create();

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_survey_file_imports_every_answer_with_its_characteristics(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using (var db = database.CreateDb()) await SurveyFixture.AddOrganisationAsync(db);
        var rows = SurveyFixture.Pas(OrganisationSeed.BoroughCode, OrganisationSeed.WestWardCode, 40, 0.5, 1, "R").ToList();
        var file = SurveyFixture.WriteTemp(SurveyFixture.Csv(rows));

        var outcome = await CliRunner.RunAsync(database, time, "import", "survey", file);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("Imported 40 answers from 40 respondents", outcome.Output);
        await using var check = database.CreateDb();
        var stored = await check.SurveyAnswers.OrderBy(a => a.RespondentId).ToListAsync();
        Assert.Equal(40, stored.Count);
        Assert.Equal(rows[0].Weight, stored[0].Weight, 9);
        Assert.Equal(rows[0].Answer, stored[0].Answer);
        Assert.Equal(rows[0].Ethnicity, stored[0].Ethnicity);
        Assert.Equal(1, stored[0].WardId);
        Assert.Equal(SurveyKind.Pas, stored[0].Survey);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Importing_the_same_file_twice_replaces_rather_than_doubles(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using (var db = database.CreateDb()) await SurveyFixture.AddOrganisationAsync(db);
        var file = SurveyFixture.WriteTemp(SurveyFixture.Csv(SurveyFixture.Pas(OrganisationSeed.BoroughCode, "", 25, 0.5, 2, "R")));

        await CliRunner.RunAsync(database, time, "import", "survey", file);
        var again = await CliRunner.RunAsync(database, time, "import", "survey", file);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("25 answers held before were replaced", again.Output);
        await using var check = database.CreateDb();
        Assert.Equal(25, await check.SurveyAnswers.CountAsync());
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Bad_rows_are_named_by_row_and_column_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using (var db = database.CreateDb()) await SurveyFixture.AddOrganisationAsync(db);
        var good = SurveyFixture.Pas(OrganisationSeed.BoroughCode, "", 3, 0.5, 3, "R").ToList();
        var csv = SurveyFixture.Csv(good, withEthnicity: false)
            + "PAS,X-1,2026-13-01,E09000002,,1.0,issues_that_matter,Tend to agree\n"     // row 4: no 13th month
            + "PAS,X-2,2026-06-01,E09000099,,1.0,issues_that_matter,Tend to agree\n"     // row 5: unknown borough
            + "PAS,X-3,2026-06-01,E09000004,E05000026,1.0,issues_that_matter,Yes\n"      // row 6: ward of another borough
            + "PAS,X-4,2026-06-01,E09000002,,-2,issues_that_matter,Yes\n"                // row 7: negative weight
            + "BCS,X-5,2026-06-01,E09000002,,1,issues_that_matter,Yes\n";                // row 8: unknown survey
        var outcome = await CliRunner.RunAsync(database, time, "import", "survey", SurveyFixture.WriteTemp(csv));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("row 4, column interview_date: '2026-13-01' is not a date", outcome.Error);
        Assert.Contains("row 5, column borough_code: 'E09000099' is not the ONS code", outcome.Error);
        Assert.Contains("row 6, column ward_code: ward E05000026 is not in borough E09000004", outcome.Error);
        Assert.Contains("row 7, column weight", outcome.Error);
        Assert.Contains("row 8, column survey: 'BCS' is not a survey", outcome.Error);
        Assert.Contains("Nothing was imported.", outcome.Error);
        await using var check = database.CreateDb();
        Assert.Equal(0, await check.SurveyAnswers.CountAsync());
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_survey_file_saved_in_windows_1252_is_refused_naming_row_and_column_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using (var db = database.CreateDb()) await SurveyFixture.AddOrganisationAsync(db);
        var good = SurveyFixture.Pas(OrganisationSeed.BoroughCode, "", 3, 0.5, 3, "R").ToList();
        var path = SurveyFixture.WriteTemp(SurveyFixture.Csv(good, withEthnicity: false)
            + $"PAS,X-1,2026-06-01,E09000002,,1.0,issues_that_matter,Tend to agr{InvalidUtf8.Marker}e\n");   // row 4
        InvalidUtf8.Apply(path);

        var outcome = await CliRunner.RunAsync(database, time, "import", "survey", path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("row 4, column answer: the text is not valid UTF-8 (byte 0xFF, byte 12 of the field, in column 8)", outcome.Error);
        Assert.Contains("Nothing was imported.", outcome.Error);
        await using var check = database.CreateDb();
        Assert.Equal(0, await check.SurveyAnswers.CountAsync());
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_file_whose_columns_are_not_in_the_documented_order_is_refused(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using (var db = database.CreateDb()) await SurveyFixture.AddOrganisationAsync(db);
        var csv = "respondent_id,survey,interview_date,borough_code,ward_code,weight,question,answer\nR1,PAS,2026-06-01,E09000002,,1,q,a\n";

        var outcome = await CliRunner.RunAsync(database, time, "import", "survey", SurveyFixture.WriteTemp(csv));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("column 1 of the header is 'respondent_id' but must be 'survey'", outcome.Error);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Published_figures_import_and_replace_by_indicator_unit_and_period(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using (var db = database.CreateDb()) await SurveyFixture.AddOrganisationAsync(db);
        const string header = "indicator,unit_type,unit_code,period_start,period_end,n,estimate\n";
        var first = SurveyFixture.WriteTemp(header
            + "uss-whole-experience,force,WYP,2025-11-01,2026-10-31,8000,0.803\n"
            + "pas-confidence,borough,E09000002,2025-11-01,2026-10-31,600,0.11\n");
        var second = SurveyFixture.WriteTemp(header + "uss-whole-experience,force,WYP,2025-11-01,2026-10-31,8100,0.805\n");

        var a = await CliRunner.RunAsync(database, time, "import", "indicators", first);
        var b = await CliRunner.RunAsync(database, time, "import", "indicators", second);

        Assert.True(a.ExitCode == 0, a.ToString());
        Assert.Contains("Imported 1 figures: 0 new, 1 replaced.", b.Output);
        await using var check = database.CreateDb();
        var wyp = await check.PublishedIndicators.SingleAsync(p => p.UnitCode == "WYP");
        Assert.Equal((8100, 0.805), (wyp.N, wyp.Estimate));
        Assert.Equal(2, await check.PublishedIndicators.CountAsync());
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Bad_published_figures_are_named_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using (var db = database.CreateDb()) await SurveyFixture.AddOrganisationAsync(db);
        var file = SurveyFixture.WriteTemp("indicator,unit_type,unit_code,period_start,period_end,n,estimate\n"
            + "uss-whole-experience,force,WYP,2025-11-01,2026-10-31,8000,0.803\n"
            + "uss-whole-experience,force,XYZ,2025-11-01,2026-10-31,8000,0.803\n"
            + "no-such-indicator,force,WYP,2025-11-01,2026-10-31,8000,0.8\n"
            + "pas-confidence,borough,E09000002,2025-11-01,2026-10-31,600,55.2\n");

        var outcome = await CliRunner.RunAsync(database, time, "import", "indicators", file);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("row 2, column unit_code: 'XYZ' is not the force or one of its peer forces", outcome.Error);
        Assert.Contains("row 3, column indicator: 'no-such-indicator' is not a defined indicator", outcome.Error);
        Assert.Contains("row 4, column estimate: the estimate 55.2 must be a fraction from 0 to 1", outcome.Error);
        await using var check = database.CreateDb();
        Assert.Equal(0, await check.PublishedIndicators.CountAsync());
    }
}
