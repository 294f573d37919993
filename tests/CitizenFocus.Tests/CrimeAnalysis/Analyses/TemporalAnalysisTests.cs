using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Data;
using CitizenFocus.Tests.Infrastructure;
using static CitizenFocus.Tests.CrimeAnalysis.Analyses.CrimeTestBed;

namespace CitizenFocus.Tests.CrimeAnalysis.Analyses;

public sealed class TemporalAnalysisTests
{
    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Crimes_fall_in_the_hour_and_day_of_London_clocks(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        await bed.AddAsync([
            // Friday 3 July 20:30 UTC is 21:30 BST; Friday 9 January 20:30 UTC is 20:30 GMT.
            bed.Crime("Robbery of personal property", Utc(2026, 7, 3, 20, 30)),
            bed.Crime("Robbery of personal property", Utc(2026, 7, 3, 20, 45)),
            bed.Crime("Robbery of personal property", Utc(2026, 1, 9, 20, 30)),
            // Saturday 27 June 23:30 UTC is 00:30 on Sunday in London.
            bed.Crime("Robbery of personal property", Utc(2026, 6, 27, 23, 30)),
            // Not robbery; and a robbery in another borough.
            bed.Crime("Residential burglary", Utc(2026, 7, 3, 20, 30)),
            bed.Crime("Robbery of personal property", Utc(2026, 7, 3, 20, 30), borough: 2),
        ]);

        var report = (await bed.RunAsync<TemporalAnalysis, Result<TemporalReport>>(a =>
            a.RunAsync(OrganisationSeed.BoroughCode, "robbery", Today))).Value;

        Assert.Equal(4, report.Total);
        Assert.Equal(2, report[21, DayOfWeek.Friday]);
        Assert.Equal(1, report[20, DayOfWeek.Friday]);
        Assert.Equal(1, report[0, DayOfWeek.Sunday]);
        Assert.Equal(0, report[23, DayOfWeek.Saturday]);
        Assert.Equal((21, DayOfWeek.Friday), (report.PeakHour, report.PeakDay));

        using var writer = new StringWriter();
        await TemporalAnalysis.WriteCsvAsync(report, writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("hour,monday,tuesday,wednesday,thursday,friday,saturday,sunday,total", lines[0]);
        Assert.Equal(25, lines.Length);
        Assert.Equal("21,0,0,0,0,2,0,0,2", lines[22]);
        Assert.Equal("00,0,0,0,0,0,0,1,1", lines[1]);
    }
}
