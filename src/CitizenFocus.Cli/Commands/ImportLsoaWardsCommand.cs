using System.CommandLine;
using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;

namespace CitizenFocus.Cli.Commands;

/// <summary>
/// <c>citizenfocus import lsoa-wards FILE</c>: an ONS LSOA-to-ward lookup into the LSOA table, all or
/// nothing; wards that are not the force's are stored and counted.
/// </summary>
internal static class ImportLsoaWardsCommand
{
    private const int Ticks = 1_000;

    public static Command Create(CliContext context, GlobalOptions database)
    {
        var file = new Argument<FileInfo>("FILE")
        {
            Description = "ONS LSOA to ward lookup CSV: LSOA21CD (or LSOA11CD, lsoa_code), optionally LSOA21NM (LSOA11NM, lsoa_name), " +
                "and a ward code column WDnnCD (the newest if several) or ward_code; other columns ignored.",
        };
        var command = new Command("lsoa-wards",
            "Import the ONS LSOA to ward lookup, which places police.uk rows in wards. Rows for wards of other forces are kept and counted.");
        command.Arguments.Add(file);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!await ImportErrors.ExistsAsync(context, path)) return ExitCodes.Failed;
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;

            await using var stream = ImportErrors.OpenRead(path);
            var length = Math.Max(1, stream.Length);
            Result<LsoaWardImportSummary> result;
            using (var progress = new CliProgress(context, Ticks, $"Importing the LSOA to ward lookup from {path.Name}"))
            {
                var report = new InlineProgress<long>(rows =>
                    progress.Update((int)(stream.Position * Ticks / length), $"{CliProgress.Count(rows)} rows read", line: false));
                result = await session.Get<ImportLsoaWards>().HandleAsync(stream, report, ct);
            }
            if (!result.Succeeded) return await ImportErrors.WriteAsync(context, result.Errors);

            var s = result.Value;
            await context.Out.WriteLineAsync(
                $"Imported {CliProgress.Count(s.Stored)} LSOAs from {CliProgress.Count(s.Rows)} rows; " +
                $"{CliProgress.Count(s.UnknownWardRows)} in {CliProgress.Count(s.UnknownWardCodes)} wards that are not the force's (kept).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
