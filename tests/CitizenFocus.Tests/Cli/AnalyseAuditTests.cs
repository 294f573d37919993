using CitizenFocus.Audit;
using CitizenFocus.Cli;
using CitizenFocus.Data;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CitizenFocus.Tests.CrimeAnalysis.Analyses.CrimeTestBed;

namespace CitizenFocus.Tests.Cli;

/// <summary>
/// The analyses that name victims and offenders write them to a file: each run is a consultation of personal
/// data, recorded through the same policy as the pages and the API, naming the command-line user.
/// </summary>
public sealed class AnalyseAuditTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"cf_test_{Guid.NewGuid():N}");

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Analyse_repeat_victims_writes_an_audit_entry_naming_the_command_line_user(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        await bed.AddAsync([
            bed.Crime("Robbery of personal property", Utc(2026, 10, 1), victim: "V1", location: "1 Elm Road"),
            bed.Crime("Residential burglary", Utc(2026, 10, 2), victim: "V1", location: "1 Elm Road"),
        ]);
        var path = Path.Combine(folder, "victims.csv");

        var outcome = await CliRunner.RunAsAsync("jsmith", bed.Database, bed.Time,
            "analyse", "repeat-victims", "--unit", OrganisationSeed.BoroughCode, "--as-of", "2026-11-25", "--out", path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var entry = Assert.Single(await ConsultationsAsync(bed.Database));
        Assert.Equal(("cli:jsmith", "CrimeAnalysis", $"repeat-victims:{OrganisationSeed.BoroughCode}"), (entry.Actor, entry.RecordType, entry.RecordId));
        Assert.Equal($"Written by the command line to {path} and {Path.Combine(folder, "victims-locations.csv")}: "
            + "2025-11-26 to 2026-11-25, 1 repeat victims, 1 repeat locations", entry.Detail);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Analyse_cross_type_offenders_writes_an_audit_entry_naming_the_command_line_user(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        await bed.AddAsync([
            bed.Crime("Robbery of personal property", Utc(2026, 10, 1), offender: "O1"),
            bed.Crime("Residential burglary", Utc(2026, 10, 2), offender: "O1"),
        ]);
        var path = Path.Combine(folder, "offenders.csv");

        // Without --unit the analysis covers the whole force, and the trail names the force.
        var outcome = await CliRunner.RunAsAsync("akhan", bed.Database, bed.Time,
            "analyse", "cross-type-offenders", "--by", "types", "--as-of", "2026-11-25", "--out", path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var entry = Assert.Single(await ConsultationsAsync(bed.Database));
        Assert.Equal(("cli:akhan", "CrimeAnalysis", "cross-type-offenders:MPS"), (entry.Actor, entry.RecordType, entry.RecordId));
        Assert.Equal($"Written by the command line to {path}: 2025-11-26 to 2026-11-25, crossing types, 1 offenders", entry.Detail);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite)]
    public async Task An_analysis_refused_for_an_unknown_unit_reads_nothing_and_records_nothing(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        var path = Path.Combine(folder, "victims.csv");

        var outcome = await CliRunner.RunAsAsync("jsmith", bed.Database, bed.Time, "analyse", "repeat-victims", "--unit", "E09999999", "--out", path);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Empty(await ConsultationsAsync(bed.Database));
        Assert.False(File.Exists(path));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite)]
    public async Task Analyses_that_name_no_one_record_no_consultation(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        await bed.AddAsync([bed.Crime("Robbery of personal property", Utc(2026, 10, 1), victim: "V1", offender: "O1")]);

        var outcome = await CliRunner.RunAsAsync("jsmith", bed.Database, bed.Time, "analyse", "temporal", "--out", Path.Combine(folder, "t.csv"));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Empty(await ConsultationsAsync(bed.Database));
    }

    [Fact]
    public void The_command_line_user_is_the_operating_system_account()
    {
        Assert.Equal("cli:" + Environment.UserName, CliContext.FromProcess().Actor);
    }

    private static async Task<List<AuditEntry>> ConsultationsAsync(TestDatabase database)
    {
        await using var db = database.CreateDb();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditAction.Consultation).OrderBy(e => e.Sequence).ToListAsync();
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
