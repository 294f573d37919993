using CitizenFocus.Demo;
using CitizenFocus.Organisation;

namespace CitizenFocus.Tests.Demo;

/// <summary>The Met-scale organisation, built in memory (no database): its shape and its unique keys.</summary>
public sealed class MetOrganisationTests
{
    private static readonly DemoOrganisation Met =
        DemoOrganisation.Build(DemoScale.Met, DemoGenerator.DefaultSeed, new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void Met_has_5_areas_32_boroughs_630_wards_and_about_4400_neighbourhood_staff()
    {
        Assert.Equal(5, Met.Areas.Count);
        Assert.Equal(32, Met.Boroughs.Count);
        Assert.Equal(630, Met.Wards.Count);
        // Ward teams, Safer Transport Teams, safer schools officers and neighbourhood inspectors.
        Assert.InRange(Met.Members.Count, 4_000, 4_800);
        Assert.Equal(21, Met.Teams.Count(t => t.Kind == TeamKind.SaferTransport));
        Assert.InRange(Met.Wards.Count(w => w.IsLarge), 50, 130); // HMIC: 87 of 624 wards on the 1-2-6 model
    }

    [Fact]
    public void Every_key_the_database_holds_unique_is_unique()
    {
        Assert.Equal(Met.Postcodes.Count, Met.Postcodes.Select(p => p.Code).Distinct().Count());
        Assert.Equal(Met.Wards.Count, Met.Wards.Select(w => w.Code).Distinct().Count());
        Assert.Equal(Met.Teams.Count, Met.Teams.Select(t => t.Slug).Distinct().Count());
        Assert.Equal(Met.Members.Count, Met.Members.Select(m => m.StaffNumber).Distinct().Count());
        Assert.Equal(Met.Boroughs.Count, Met.Boroughs.Select(b => b.Code).Distinct().Count());
    }
}
