using System.CommandLine;
using CitizenFocus.Common;

namespace CitizenFocus.Cli.Commands;

/// <summary>
/// What the one-file import commands share: the FILE argument, "no such file", opening the database,
/// reading the file with a progress line (with a line of its own every 100,000 rows), printing each error
/// as "FILE: row R, column C: message" with exit 1, and the summary line with exit 0.
/// </summary>
internal static class FileImportCommand
{
    private const int Ticks = 1_000;
    private const long LineEvery = 100_000;

    /// <param name="what">What is imported, for the progress line ("crimes", "postcodes").</param>
    /// <param name="import">The import: the open session, the file's stream, progress (rows read so far).</param>
    /// <param name="summary">The line printed after a successful import.</param>
    public static Command Create<TSummary>(CliContext context, GlobalOptions database, string name, string description,
        string fileDescription, string what, Func<CliSession, Stream, IProgress<long>, CancellationToken, Task<Result<TSummary>>> import,
        Func<TSummary, string> summary)
    {
        var file = new Argument<FileInfo>("FILE") { Description = fileDescription };
        var command = new Command(name, description);
        command.Arguments.Add(file);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!await ImportErrors.ExistsAsync(context, path)) return ExitCodes.Failed;
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;

            await using var stream = ImportErrors.OpenRead(path);
            var length = Math.Max(1, stream.Length);
            Result<TSummary> result;
            using (var progress = new CliProgress(context, Ticks, $"Importing {what} from {path.Name}"))
            {
                var nextLine = LineEvery;
                var report = new InlineProgress<long>(rows =>
                {
                    var line = rows >= nextLine;
                    if (line) nextLine = (rows / LineEvery + 1) * LineEvery;
                    progress.Update((int)(stream.Position * Ticks / length), $"{CliProgress.Count(rows)} rows read", line);
                });
                result = await import(session, stream, report, ct);
            }
            if (!result.Succeeded) return await ImportErrors.WriteAsync(context, result.Errors);
            await context.Out.WriteLineAsync(summary(result.Value));
            return ExitCodes.Ok;
        });
        return command;
    }
}
