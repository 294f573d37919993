using System.CommandLine;
using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.Organisation;

namespace CitizenFocus.Cli.Commands;

/// <summary>
/// <c>citizenfocus import postcodes FILE</c>: an ONSPD CSV into the postcode table, all or nothing;
/// exit 1 with "row R, column C: message" for each bad row.
/// </summary>
internal static class ImportPostcodesCommand
{
    private const int Ticks = 1_000;
    private const long LineEvery = 100_000;

    public static Command Create(CliContext context, GlobalOptions database)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "ONSPD CSV (columns pcds, lat, long, osward, oslaua; others ignored)." };
        var command = new Command("postcodes", "Import the ONS Postcode Directory (ONSPD) CSV.");
        command.Arguments.Add(file);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!await ImportErrors.ExistsAsync(context, path)) return ExitCodes.Failed;
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;

            await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            var length = Math.Max(1, stream.Length);
            Result<PostcodeImportSummary> result;
            using (var progress = new CliProgress(context, Ticks, $"Importing postcodes from {path.Name}"))
            {
                var nextLine = LineEvery;
                var report = new InlineProgress<long>(rows =>
                {
                    var line = rows >= nextLine;
                    if (line) nextLine = (rows / LineEvery + 1) * LineEvery;
                    progress.Update((int)(stream.Position * Ticks / length), $"{CliProgress.Count(rows)} rows read", line);
                });
                result = await session.Get<ImportPostcodes>().HandleAsync(stream, report, ct);
            }

            if (!result.Succeeded) return await ImportErrors.ReportAsync(context, result);
            var s = result.Value;
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Imported {CliProgress.Count(s.Stored)} postcodes from {CliProgress.Count(s.Rows)} rows; {CliProgress.Count(s.SkippedWithoutLocation)} without a grid reference skipped."));
            return ExitCodes.Ok;
        });
        return command;
    }
}
