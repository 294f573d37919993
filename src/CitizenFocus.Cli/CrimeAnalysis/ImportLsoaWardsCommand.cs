using System.CommandLine;
using CitizenFocus.CrimeAnalysis;

namespace CitizenFocus.Cli.CrimeAnalysis;

/// <summary>
/// <c>citizenfocus import lsoa-wards FILE</c>: an ONS LSOA-to-ward lookup into the LSOA table, all or
/// nothing; wards that are not the force's are stored and counted.
/// </summary>
internal static class ImportLsoaWardsCommand
{
    public static Command Create(CliContext context, GlobalOptions database) => FileImportCommand.Create(context, database, "lsoa-wards",
        "Import the ONS LSOA to ward lookup, which places police.uk rows in wards. Rows for wards of other forces are kept and counted.",
        "ONS LSOA to ward lookup CSV: LSOA21CD (or LSOA11CD, lsoa_code), optionally LSOA21NM (LSOA11NM, lsoa_name), " +
        "and a ward code column WDnnCD (the newest if several) or ward_code; other columns ignored.",
        new("the LSOA to ward lookup"),
        (session, stream, progress, ct) => session.Get<ImportLsoaWards>().HandleAsync(stream, progress, ct),
        s => $"Imported {CliProgress.Count(s.Stored)} LSOAs from {CliProgress.Count(s.Rows)} rows; " +
            $"{CliProgress.Count(s.UnknownWardRows)} in {CliProgress.Count(s.UnknownWardCodes)} wards that are not the force's (kept).");
}
