using System.CommandLine;
using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;

namespace CitizenFocus.Cli.Commands;

/// <summary>
/// <c>citizenfocus import crimes FILE</c>: the force's crime records export (docs/imports.md) into the
/// crime table, replacing crimes by reference, all or nothing.
/// </summary>
internal static class ImportCrimesCommand
{
    private const int Ticks = 1_000;

    public static Command Create(CliContext context, GlobalOptions database)
    {
        var file = new Argument<FileInfo>("FILE")
        {
            Description = "Crime records CSV with the header " + string.Join(",", ImportCrimes.Columns) +
                " (times ISO 8601 with an offset or Z; flags true/false, yes/no or 1/0; weapon none, knife or gun; see docs/imports.md).",
        };
        var command = new Command("crimes",
            "Import crime records; a crime already held (same reference) is replaced. Crime groups are set from the group rules.");
        command.Arguments.Add(file);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!await ImportErrors.ExistsAsync(context, path)) return ExitCodes.Failed;
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;

            await using var stream = ImportErrors.OpenRead(path);
            var length = Math.Max(1, stream.Length);
            Result<CrimeImportSummary> result;
            using (var progress = new CliProgress(context, Ticks, $"Importing crimes from {path.Name}"))
            {
                var report = new InlineProgress<long>(rows =>
                    progress.Update((int)(stream.Position * Ticks / length), $"{CliProgress.Count(rows)} rows read", line: false));
                result = await session.Get<ImportCrimes>().HandleAsync(stream, report, ct);
            }
            if (!result.Succeeded) return await ImportErrors.WriteAsync(context, result.Errors);

            var s = result.Value;
            await context.Out.WriteLineAsync(
                $"Imported {CliProgress.Count(s.Rows)} crimes: {CliProgress.Count(s.Inserted)} new, {CliProgress.Count(s.Updated)} replaced.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
