using System.CommandLine;
using CitizenFocus.Common;

namespace CitizenFocus.Cli;

/// <summary>
/// What the one-file import commands share: the FILE argument, "no such file", opening the database,
/// reading the file (with a progress bar for the long imports), printing each error as
/// "FILE: row R, column C: message" with exit 1, and the summary line with exit 0.
/// </summary>
internal static class FileImportCommand
{
    private const int Ticks = 1_000;

    /// <summary>How an import shows its progress.</summary>
    /// <param name="What">What is imported, for the progress line ("crimes", "postcodes").</param>
    /// <param name="LineEvery">Rows between progress lines of their own (kept in logs), or null for none.</param>
    public sealed record Progress(string What, long? LineEvery = null);

    /// <param name="progress">The progress to show, or null for a quick import that shows none.</param>
    /// <param name="import">The import: the open session, the file's stream, progress (rows read so far).</param>
    /// <param name="summary">The line printed after a successful import.</param>
    public static Command Create<TSummary>(CliContext context, GlobalOptions database, string name, string description,
        string fileDescription, Progress? progress, Func<CliSession, Stream, IProgress<long>?, CancellationToken, Task<Result<TSummary>>> import,
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

            await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            Result<TSummary> result;
            if (progress is null) result = await import(session, stream, null, ct);
            else
            {
                var length = Math.Max(1, stream.Length);
                using var bar = new CliProgress(context, Ticks, $"Importing {progress.What} from {path.Name}");
                var nextLine = progress.LineEvery ?? long.MaxValue;
                var report = new InlineProgress<long>(rows =>
                {
                    var line = rows >= nextLine;
                    if (line) nextLine = (rows / progress.LineEvery!.Value + 1) * progress.LineEvery.Value;
                    bar.Update((int)(stream.Position * Ticks / length), $"{CliProgress.Count(rows)} rows read", line);
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
