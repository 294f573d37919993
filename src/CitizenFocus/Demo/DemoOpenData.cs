using System.Globalization;
using System.Text;
using CitizenFocus.CrimeAnalysis;

namespace CitizenFocus.Demo;

/// <summary>
/// police.uk street-level files for the demo force's Most Similar Forces, as police.uk publishes them, imported
/// through the product's own import: twelve months ending two months before today (police.uk publishes about
/// two months behind), with one month of Greater Manchester Police missing, as its data was in 2019–2020, so
/// that the open data page shows a gap that must not be read as a month without crime.
/// </summary>
internal static class DemoOpenData
{
    private const string Header =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    private static readonly (string Name, string Area, double Longitude, double Latitude)[] Forces =
    [
        ("West Yorkshire Police", "Leeds", -1.5491, 53.8008),
        ("West Midlands Police", "Birmingham", -1.8904, 52.4862),
        ("Greater Manchester Police", "Manchester", -2.2426, 53.4808),
    ];

    /// <summary>Roughly police.uk's mix: anti-social behaviour and violence lead.</summary>
    private static readonly (string Type, int Weight)[] Mix =
    [
        ("Anti-social behaviour", 20), ("Bicycle theft", 2), ("Burglary", 5), ("Criminal damage and arson", 6), ("Drugs", 3),
        ("Other crime", 1), ("Other theft", 8), ("Possession of weapons", 1), ("Public order", 8), ("Robbery", 2),
        ("Shoplifting", 7), ("Theft from the person", 2), ("Vehicle crime", 7), ("Violence and sexual offences", 28),
    ];

    private static readonly string[] Streets =
        ["High Street", "Station Road", "Church Street", "Park Road", "Market Place", "Supermarket", "Parking Area", "Petrol Station"];

    private static readonly string[] Outcomes =
        ["Investigation complete; no suspect identified", "Unable to prosecute suspect", "Under investigation", "Local resolution"];

    public static IReadOnlyList<PoliceUkFile> Files(DemoScale scale, int seed, DateTime now)
    {
        var rowsPerMonth = scale == DemoScale.Met ? 1_500 : 120;
        var last = new DateOnly(now.Year, now.Month, 1).AddMonths(-2);
        var missing = last.AddMonths(-4);
        var files = new List<PoliceUkFile>();
        for (var f = 0; f < Forces.Length; f++)
        {
            var force = Forces[f];
            var random = new Random(seed * 31 + f);
            for (var month = last.AddMonths(-11); month <= last; month = month.AddMonths(1))
            {
                if (force.Name == "Greater Manchester Police" && month == missing) continue;
                var text = new StringBuilder(Header).Append('\n');
                var id = new byte[32];
                for (var r = 0; r < rowsPerMonth; r++)
                {
                    var type = Pick(random);
                    var asb = type == "Anti-social behaviour";
                    random.NextBytes(id);
                    // A fixed set of map points per force, each with its own street, as police.uk anonymises locations.
                    var point = random.Next(400);
                    var lsoa = point / 20;
                    text.Append(CultureInfo.InvariantCulture, $"{(asb ? "" : Convert.ToHexStringLower(id))},{month:yyyy-MM},{force.Name},{force.Name},")
                        .Append(CultureInfo.InvariantCulture, $"{force.Longitude + (point % 20 - 10) * 0.004:F6},{force.Latitude + (point / 20 - 10) * 0.003:F6},")
                        .Append(CultureInfo.InvariantCulture, $"On or near {Streets[point % Streets.Length]},E0{f + 1}9{lsoa:D5},{force.Area} {lsoa + 1:D3}A,")
                        .Append(CultureInfo.InvariantCulture, $"{type},{(asb ? "" : Outcomes[random.Next(Outcomes.Length)])},\n");
                }
                var bytes = Encoding.UTF8.GetBytes(text.ToString());
                var slug = force.Name.ToLowerInvariant().Replace(' ', '-');
                files.Add(new PoliceUkFile($"{month:yyyy-MM}-{slug}-street.csv", () => new MemoryStream(bytes, writable: false)));
            }
        }
        return files;
    }

    private static string Pick(Random random)
    {
        var n = random.Next(Mix.Sum(m => m.Weight));
        foreach (var (type, weight) in Mix)
        {
            if (n < weight) return type;
            n -= weight;
        }
        return Mix[^1].Type;
    }
}
