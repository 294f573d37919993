using System.Globalization;
using CitizenFocus.CrimeAnalysis;

namespace CitizenFocus.Tests.CrimeAnalysis;

/// <summary>police.uk files in the published layout: headers copied from real files, rows built to order.</summary>
internal static class PoliceUkFiles
{
    public const string StreetHeader =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    public const string OutcomesHeader =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type";

    public const string Met = "Metropolitan Police Service";

    /// <summary>An LSOA in the seeded west ward (see <see cref="Infrastructure.OrganisationSeed"/>).</summary>
    public const string WestLsoa = "E01000027";
    public const string EastLsoa = "E01000028";

    private static int sequence;

    /// <summary>A street-level file named as police.uk names them, e.g. 2026-03-metropolitan-street.csv.</summary>
    public static CsvFile Street(string month, params string[] rows) => new($"{month}-metropolitan-street.csv", StreetHeader, rows);

    public static CsvFile Outcomes(string month, params string[] rows) => new($"{month}-metropolitan-outcomes.csv", OutcomesHeader, rows);

    public static string StreetRow(string month, string type = "Burglary", string lsoa = WestLsoa, string longitude = "0.05",
        string latitude = "51.05", string? crimeId = null, string reportedBy = Met, string fallsWithin = Met) =>
        $"{crimeId ?? CrimeId()},{month},{reportedBy},{fallsWithin},{longitude},{latitude},On or near Fleet Street,{lsoa},Barking and Dagenham 001A,{type},Under investigation,";

    /// <summary>Anti-social behaviour, which police.uk publishes without a crime ID or outcome.</summary>
    public static string AsbRow(string month, string lsoa = WestLsoa) =>
        $",{month},{Met},{Met},0.051,51.051,On or near Abbey Road,{lsoa},Barking and Dagenham 001A,Anti-social behaviour,,";

    public static string OutcomeRow(string month, string crimeId, string outcome = "Investigation complete; no suspect identified") =>
        $"{crimeId},{month},{Met},{Met},0.05,51.05,On or near Fleet Street,{WestLsoa},Barking and Dagenham 001A,{outcome}";

    /// <summary>A 64-character hexadecimal crime ID, like police.uk's.</summary>
    public static string CrimeId() =>
        Interlocked.Increment(ref sequence).ToString("x8", CultureInfo.InvariantCulture).PadLeft(64, 'a');

    public static PoliceUkFile Source(CsvFile file) => new(file.Name, file.Open);
}
