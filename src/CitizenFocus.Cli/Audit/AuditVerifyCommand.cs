using System.CommandLine;
using CitizenFocus.Audit;

namespace CitizenFocus.Cli.Audit;

/// <summary>
/// <c>citizenfocus audit verify [--checkpoint FILE]</c>: walks the keyed hash chain; exit 1 names every broken
/// row, and, given a checkpoint, a history rewritten up to it.
/// </summary>
internal static class AuditVerifyCommand
{
    public static Command Create(CliContext context, GlobalOptions database)
    {
        var checkpointFile = new Option<FileInfo?>("--checkpoint")
        {
            Description = "A checkpoint written by `audit checkpoint`: fail if the chain up to it was rewritten.",
            HelpName = "FILE",
        };
        var command = new Command("verify", "Check that no audit row has been altered, removed or reordered, and that each is signed with the audit key.");
        command.Options.Add(checkpointFile);
        command.SetAction(async (parse, ct) =>
        {
            AuditCheckpoint? checkpoint = null;
            if (parse.GetValue(checkpointFile) is { } file)
            {
                if (!file.Exists)
                {
                    await context.Err.WriteLineAsync($"{file.FullName}: no such checkpoint file");
                    return ExitCodes.Usage;
                }
                checkpoint = AuditCheckpoint.Parse(await File.ReadAllTextAsync(file.FullName, ct), out var error);
                if (checkpoint is null)
                {
                    await context.Err.WriteLineAsync($"{file.FullName}: {error}");
                    return ExitCodes.Usage;
                }
            }

            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var result = await session.Get<AuditVerifier>().VerifyAsync(checkpoint, ct);
            var against = checkpoint is null ? "" : $", up to the checkpoint at row {checkpoint.Sequence}";
            if (result.Intact)
            {
                await context.Out.WriteLineAsync($"audit trail intact: {result.RowsChecked} rows{against}");
                return ExitCodes.Ok;
            }
            foreach (var problem in result.Problems)
                await context.Out.WriteLineAsync(problem.Sequence == 0 ? problem.Reason : $"row {problem.Sequence}: {problem.Reason}");
            await context.Out.WriteLineAsync(
                $"audit trail broken: {result.Problems.Count} problem{(result.Problems.Count == 1 ? "" : "s")} in {result.RowsChecked} rows");
            return ExitCodes.Failed;
        });
        return command;
    }
}
