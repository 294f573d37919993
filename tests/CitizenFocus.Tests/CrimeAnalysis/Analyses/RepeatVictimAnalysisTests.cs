using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Data;
using CitizenFocus.Tests.Infrastructure;
using static CitizenFocus.Tests.CrimeAnalysis.Analyses.CrimeTestBed;

namespace CitizenFocus.Tests.CrimeAnalysis.Analyses;

public sealed class RepeatVictimAnalysisTests
{
    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Victims_of_two_or_more_crimes_in_12_months_are_listed_vulnerable_first(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        await bed.AddAsync([
            // Four crimes, none a hate crime nor against a juvenile.
            .. Enumerable.Range(0, 4).Select(i => bed.Crime("Residential burglary", Utc(2026, 2, 1).AddDays(i * 30), victim: "VD", location: "4 Ash Lane, E05000026")),
            // Three crimes.
            .. Enumerable.Range(0, 3).Select(i => bed.Crime("Criminal damage", Utc(2026, 3, 1).AddDays(i * 30), victim: "VA", location: "1 Elm Road, E05000026")),
            // Two crimes, one a hate crime; two crimes, one against a juvenile (later than the hate crimes).
            bed.Crime("Common assault", Utc(2026, 5, 1), victim: "VB", hate: true, location: "12 Elm Road, E05000026"),
            bed.Crime("Public order", Utc(2026, 6, 1), victim: "VB", location: "12  ELM ROAD E05000026"),
            bed.Crime("Robbery of personal property", Utc(2026, 7, 1), victim: "VC", juvenile: true),
            bed.Crime("Common assault", Utc(2026, 8, 1), victim: "VC"),
            // One crime; two crimes but one of them more than 12 months ago (before 26 November 2025).
            bed.Crime("Other theft", Utc(2026, 5, 1), victim: "VE"),
            bed.Crime("Other theft", Utc(2025, 11, 25, 23, 59), victim: "VF"),
            bed.Crime("Other theft", Utc(2026, 5, 1), victim: "VF"),
            // Another unit: borough 2.
            bed.Crime("Other theft", Utc(2026, 5, 1), borough: 2, victim: "VG"),
            bed.Crime("Other theft", Utc(2026, 5, 2), borough: 2, victim: "VG"),
        ]);

        var report = (await bed.RunAsync<RepeatVictimAnalysis, Result<RepeatVictimReport>>(a =>
            a.RunAsync(OrganisationSeed.BoroughCode, Today))).Value;

        Assert.Equal(["VC", "VB", "VD", "VA"], report.Victims.Select(v => v.VictimRef));
        Assert.Equal([true, true, false, false], report.Victims.Select(v => v.Vulnerable));
        Assert.Equal([2, 2, 4, 3], report.Victims.Select(v => v.Crimes));
        var hate = report.Victims[1];
        Assert.Equal((1, 0), (hate.HateCrimes, hate.JuvenileVictimCrimes));
        Assert.Equal(["Common assault", "Public order"], hate.CrimeTypes);
        Assert.Equal(OrganisationSeed.WestWardCode, hate.LastWardCode);

        // The same address written two ways is one place; the burglaries' house has four crimes.
        Assert.Equal(["4 ASH LANE E05000026", "1 ELM ROAD E05000026", "12 ELM ROAD E05000026"], report.Locations.Select(l => l.LocationKey));
        Assert.Equal([4, 3, 2], report.Locations.Select(l => l.Crimes));
        Assert.Equal([1, 1, 1], report.Locations.Select(l => l.Victims));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite)]
    public async Task The_csv_has_one_row_per_victim_with_snake_case_headers(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        await bed.AddAsync([
            bed.Crime("Common assault", Utc(2026, 7, 1, 20, 30), victim: "VB", hate: true),
            bed.Crime("Public order", Utc(2026, 8, 1), victim: "VB"),
        ]);
        var report = (await bed.RunAsync<RepeatVictimAnalysis, Result<RepeatVictimReport>>(a => a.RunAsync(asOf: Today))).Value;

        using var writer = new StringWriter();
        await RepeatVictimAnalysis.WriteVictimsCsvAsync(report.Victims, writer);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(string.Join(",", RepeatVictimAnalysis.VictimsCsvHeader), lines[0]);
        Assert.Equal("1,VB,true,2,1,0,0,Common assault; Public order,2026-07-01T21:30:00+01:00,2026-08-01T13:00:00+01:00," + OrganisationSeed.WestWardCode, lines[1]);
        Assert.Equal(2, lines.Length);
    }
}
