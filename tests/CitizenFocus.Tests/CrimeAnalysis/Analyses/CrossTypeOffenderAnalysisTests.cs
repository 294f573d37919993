using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Data;
using static CitizenFocus.Tests.CrimeAnalysis.Analyses.CrimeTestBed;

namespace CitizenFocus.Tests.CrimeAnalysis.Analyses;

public sealed class CrossTypeOffenderAnalysisTests
{
    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Offenders_are_ranked_by_crime_groups_then_by_crimes(DatabaseProvider provider)
    {
        await using var bed = await CreateAsync(provider);
        var day = Utc(2026, 3, 1);
        await bed.AddAsync([
            // O2: five crimes in two groups.
            .. Enumerable.Range(0, 4).Select(i => bed.Crime("Residential burglary", day.AddDays(i), offender: "O2")),
            bed.Crime("Theft from motor vehicle", day.AddDays(5), offender: "O2"),
            // O1: three crimes in three groups.
            bed.Crime("Robbery of personal property", day, offender: "O1"),
            bed.Crime("Residential burglary", day.AddDays(1), offender: "O1"),
            bed.Crime("Theft of motor vehicle", day.AddDays(2), offender: "O1", borough: 3),
            // O4: two crimes, but a knife-point robbery counts in robbery and knife crime, so three groups.
            bed.Crime("Robbery of personal property", day, offender: "O4", weapon: Weapon.Knife),
            bed.Crime("Residential burglary", day.AddDays(1), offender: "O4"),
            // O3: four burglaries (one group, one type); O6: two types in no group; O5: one crime.
            .. Enumerable.Range(0, 4).Select(i => bed.Crime("Residential burglary", day.AddDays(i), offender: "O3")),
            bed.Crime("Other theft", day, offender: "O6"),
            bed.Crime("Criminal damage", day, offender: "O6"),
            bed.Crime("Homicide", day, offender: "O5"),
            // Crimes more than 12 months ago do not count.
            bed.Crime("Rape", Utc(2025, 6, 1), offender: "O2"),
        ]);

        var byGroups = (await bed.RunAsync<CrossTypeOffenderAnalysis, Result<CrossTypeOffenderReport>>(a => a.RunAsync(asOf: Today))).Value.Offenders;
        var byTypes = (await bed.RunAsync<CrossTypeOffenderAnalysis, Result<CrossTypeOffenderReport>>(a =>
            a.RunAsync(asOf: Today, basis: CrossTypeBasis.Types))).Value.Offenders;

        Assert.Equal(["O1", "O4", "O2"], byGroups.Select(o => o.OffenderRef));
        Assert.Equal([1, 2, 3], byGroups.Select(o => o.Rank));
        Assert.Equal([3, 3, 2], byGroups.Select(o => o.Groups));
        Assert.Equal([3, 2, 5], byGroups.Select(o => o.Crimes));
        Assert.Equal(["robbery", "residential-burglary", "knife-crime"], byGroups[1].GroupCodes);
        Assert.Equal(["Residential burglary", "Theft from motor vehicle"], byGroups[2].Types);
        Assert.Equal(BoroughCode(3), byGroups[0].LastBoroughCode);
        Assert.Equal(["O1", "O4", "O2", "O6"], byTypes.Select(o => o.OffenderRef));
    }
}
