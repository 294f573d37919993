using System.CommandLine;
using CitizenFocus.Organisation;

namespace CitizenFocus.Cli.Organisation;

/// <summary>
/// <c>citizenfocus import postcodes FILE</c>: an ONSPD CSV into the postcode table, all or nothing;
/// exit 1 with "row R, column C: message" for each bad row.
/// </summary>
internal static class ImportPostcodesCommand
{
    public static Command Create(CliContext context, GlobalOptions database) => FileImportCommand.Create(context, database, "postcodes",
        "Import the ONS Postcode Directory (ONSPD) CSV.",
        "ONSPD CSV (columns pcds, lat, long, osward, oslaua; others ignored).",
        new("postcodes", LineEvery: 100_000),
        (session, stream, progress, ct) => session.Get<ImportPostcodes>().HandleAsync(stream, progress, ct),
        s => $"Imported {CliProgress.Count(s.Stored)} postcodes from {CliProgress.Count(s.Rows)} rows; " +
            $"{CliProgress.Count(s.SkippedWithoutLocation)} without a grid reference skipped.");
}
