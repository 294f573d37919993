using System.Globalization;
using CitizenFocus.Demo;
using CitizenFocus.Tests.Reporting;

namespace CitizenFocus.Tests.Demo;

/// <summary>The demo force and the sample report use the Met's real boroughs, as docs/reference/met_boroughs.csv lists them.</summary>
public sealed class ReferenceBoroughTests
{
    private static readonly IReadOnlyList<(string Code, string Name)> Reference = File.ReadAllLines(
            Path.Combine(AppContext.BaseDirectory, "Reference", "met_boroughs.csv"))
        .Skip(1)
        .Where(line => line.Length > 0)
        .Select(line => line.Split(',', 2))
        .Select(parts => (parts[0], parts[1]))
        .ToList();

    [Fact]
    public void The_met_demo_has_exactly_the_32_reference_boroughs_with_their_ons_codes()
    {
        var met = DemoOrganisation.Build(DemoScale.Met, DemoGenerator.DefaultSeed, new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc));

        Assert.Equal(32, Reference.Count);
        Assert.Equal(Reference.OrderBy(b => b.Code, StringComparer.Ordinal),
            met.Boroughs.Select(b => (b.Code, b.Name)).OrderBy(b => b.Code, StringComparer.Ordinal));
    }

    [Fact]
    public void The_sample_report_names_the_reference_boroughs_in_alphabetical_order()
    {
        Assert.Equal(Reference.Select(b => b.Name).Order(StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: false)), SampleReport.Boroughs);
    }
}
