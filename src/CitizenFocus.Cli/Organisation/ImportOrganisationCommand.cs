using System.CommandLine;
using CitizenFocus.Organisation;

namespace CitizenFocus.Cli.Organisation;

/// <summary>
/// <c>citizenfocus import organisation FILE</c>: the force, its areas, boroughs and wards from one CSV, all or nothing
/// (format in docs/imports.md); exit 1 with "row R, column C: message" for each bad row.
/// </summary>
internal static class ImportOrganisationCommand
{
    public static Command Create(CliContext context, GlobalOptions database) => FileImportCommand.Create(context, database, "organisation",
        "Import the force's organisation: force, areas, boroughs and wards (updated by code on a re-import).",
        "CSV with columns level,code,name,parent_code,setting,population[,previous_code].",
        null,
        (session, stream, _, ct) => session.Get<ImportOrganisation>().HandleAsync(stream, ct),
        s => $"Imported {s.Rows} rows: added {s.Added}; updated {s.Updated}" +
            (s.NotInFile.Areas + s.NotInFile.Boroughs + s.NotInFile.Wards > 0 ? $"; kept, not in the file: {s.NotInFile}" : "") + ".");
}
