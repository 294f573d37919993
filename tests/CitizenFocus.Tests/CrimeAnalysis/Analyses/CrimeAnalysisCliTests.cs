using CitizenFocus.Data;
using CitizenFocus.Tests.Infrastructure;
using static CitizenFocus.Tests.CrimeAnalysis.Analyses.CrimeTestBed;

namespace CitizenFocus.Tests.CrimeAnalysis.Analyses;

public sealed class CrimeAnalysisCliTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"cf_test_{Guid.NewGuid():N}");

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Analyse_ytd_writes_one_row_per_borough_and_group(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        await bed.AddAsync([
            .. Enumerable.Range(0, 30).Select(i => bed.Crime("Robbery of personal property", Utc(2026, 5, 1).AddDays(i * 6))),
            .. Enumerable.Range(0, 15).Select(i => bed.Crime("Robbery of personal property", Utc(2025, 5, 1).AddDays(i * 12))),
        ]);
        var path = Path.Combine(folder, "ytd.csv");

        // The as-of date defaults to today in London (25 November 2026 on the test clock).
        var outcome = await CliRunner.RunAsync(bed.Database, bed.Time, "analyse", "ytd", "--level", "borough", "--unit", "NE", "--out", path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("Wrote 40 year-to-date rows (2026-04-01 to 2026-11-25 against 2025-04-01 to 2025-11-25), 1 significant changes", outcome.Output);
        var lines = await File.ReadAllLinesAsync(path);
        Assert.Equal("level,unit_code,unit_name,group_code,group_name,from,to,count,previous_from,previous_to,previous_count,change,percent_change,p_value,significant", lines[0]);
        Assert.Contains("borough,E09000002,Barking and Dagenham,robbery,Robbery,2026-04-01,2026-11-25,30,2025-04-01,2025-11-25,15,15,100,0.0356978,true", lines);
        Assert.Equal(41, lines.Length);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Analyse_hot_streets_writes_streets_hot_spots_and_density_beside_each_other(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        await bed.AddAsync([
            .. Enumerable.Range(0, 12).Select(i => bed.Crime("Robbery of personal property", Utc(2026, 6, 1).AddHours(i), street: "Elm Road", latitude: 51.05, longitude: 0.05)),
            .. Enumerable.Range(0, 30).Select(i => bed.Crime("Robbery of personal property", Utc(2026, 6, 1).AddHours(i), ward: 2, street: "Mill Lane",
                latitude: 51.01 + 0.003 * i, longitude: 0.11 + 0.0025 * i)),
            bed.Crime("Residential burglary", Utc(2026, 6, 1), street: "Oak Road", latitude: 51.05, longitude: 0.05),
        ]);
        var path = Path.Combine(folder, "hot.csv");

        var outcome = await CliRunner.RunAsync(bed.Database, bed.Time, "analyse", "hot-streets", "--unit", OrganisationSeed.BoroughCode,
            "--group", "robbery", "--as-of", "2026-11-25", "--months", "12", "--top", "3", "--cell-size", "250", "--out", path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("42 crimes mapped", outcome.Output);
        var streets = await File.ReadAllLinesAsync(path);
        Assert.Equal(["ward_code,ward_name,rank,street,crimes,share_of_ward", "E05000026,Abbey,1,Elm Road,12,1", "E05000027,Alibon,1,Mill Lane,30,1"], streets);
        var hotSpots = await File.ReadAllLinesAsync(Path.Combine(folder, "hot-hotspots.csv"));
        Assert.Equal("column,row,x,y,latitude,longitude,crimes,z,p_value,confidence", hotSpots[0]);
        // Gi* sums each cell with its neighbours, so the cells around the 12 share its score; the 12 are among them.
        Assert.Contains(hotSpots.Skip(1), line => line.Split(',')[6] == "12");
        var density = await File.ReadAllLinesAsync(Path.Combine(folder, "hot-density.csv"));
        Assert.Equal("column,row,x,y,latitude,longitude,density_per_km2", density[0]);
        Assert.True(density.Length > 2);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite)]
    public async Task An_unknown_group_or_a_bad_date_is_a_usage_error(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        var path = Path.Combine(folder, "t.csv");

        var group = await CliRunner.RunAsync(bed.Database, bed.Time, "analyse", "trends", "--group", "piracy", "--out", path);
        var date = await CliRunner.RunAsync(bed.Database, bed.Time, "analyse", "temporal", "--as-of", "25/11/2026", "--out", path);

        Assert.Equal(2, group.ExitCode);
        Assert.Contains("--group: 'piracy' is not a crime group", group.Error);
        Assert.Equal(2, date.ExitCode);
        Assert.Contains("--as-of '25/11/2026' is not a date", date.Error);
        Assert.False(File.Exists(path));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite)]
    public async Task Every_analysis_runs_from_the_command_line(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        await bed.AddAsync([
            bed.Crime("Robbery of personal property", Utc(2026, 10, 1), victim: "V1", offender: "O1", location: "1 Elm Road"),
            bed.Crime("Residential burglary", Utc(2026, 10, 2), victim: "V1", offender: "O1", location: "1 Elm Road"),
        ]);

        foreach (var (name, header) in new[]
        {
            ("best-worst", "group_code,group_name,position,rank,"),
            ("repeat-victims", "rank,victim_ref,vulnerable,"),
            ("cross-type-offenders", "rank,offender_ref,groups,"),
            ("temporal", "hour,monday,"),
            ("trends", "level,unit_code,"),
        })
        {
            var path = Path.Combine(folder, name + ".csv");
            var outcome = await CliRunner.RunAsync(bed.Database, bed.Time, "analyse", name, "--out", path);

            Assert.True(outcome.ExitCode == 0, name + ": " + outcome);
            Assert.StartsWith(header, (await File.ReadAllLinesAsync(path))[0]);
        }
        Assert.Equal("rank,location_key,street,ward_code,ward_name,crimes,victims,crime_types,first_at,last_at",
            (await File.ReadAllLinesAsync(Path.Combine(folder, "repeat-victims-locations.csv")))[0]);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
