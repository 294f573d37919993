using System.CommandLine;
using CitizenFocus.CrimeAnalysis;

namespace CitizenFocus.Cli.CrimeAnalysis;

/// <summary>
/// <c>citizenfocus import crimes FILE</c>: the force's crime records export (docs/imports.md) into the
/// crime table, replacing crimes by reference, all or nothing.
/// </summary>
internal static class ImportCrimesCommand
{
    public static Command Create(CliContext context, GlobalOptions database) => FileImportCommand.Create(context, database, "crimes",
        "Import crime records; a crime already held (same reference) is replaced. Crime groups are set from the group rules.",
        "Crime records CSV with the header " + string.Join(",", ImportCrimes.Columns) +
        " (times ISO 8601 with an offset or Z; flags true/false, yes/no or 1/0; weapon none, knife or gun; see docs/imports.md).",
        new("crimes"),
        (session, stream, progress, ct) => session.Get<ImportCrimes>().HandleAsync(stream, progress, ct),
        s => $"Imported {CliProgress.Count(s.Rows)} crimes: {CliProgress.Count(s.Inserted)} new, {CliProgress.Count(s.Updated)} replaced.");
}
