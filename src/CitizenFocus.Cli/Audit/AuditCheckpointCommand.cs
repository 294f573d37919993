using System.CommandLine;
using CitizenFocus.Audit;
using CitizenFocus.Common;

namespace CitizenFocus.Cli.Audit;

/// <summary>
/// <c>citizenfocus audit checkpoint --out FILE</c>: verifies the chain and writes its signed head, to be kept
/// somewhere the database's administrators cannot change (exit 1, and no file, when the chain is broken).
/// </summary>
internal static class AuditCheckpointCommand
{
    public static Command Create(CliContext context, GlobalOptions database)
    {
        var output = new Option<FileInfo>("--out")
        {
            Description = "Where to write the checkpoint (JSON); keep it away from the database.",
            HelpName = "FILE",
            Required = true,
        };
        var command = new Command("checkpoint", "Write the signed head of an intact audit chain, for `audit verify --checkpoint`.");
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var (checkpoint, verification) = await session.Get<AuditVerifier>().CheckpointAsync(ct);
            if (checkpoint is null)
            {
                foreach (var problem in verification.Problems)
                    await context.Out.WriteLineAsync(problem.Sequence == 0 ? problem.Reason : $"row {problem.Sequence}: {problem.Reason}");
                await context.Out.WriteLineAsync("audit trail broken: no checkpoint written");
                return ExitCodes.Failed;
            }
            var file = parse.GetValue(output)!;
            if (file.Directory is { Exists: false } folder) folder.Create();
            await File.WriteAllTextAsync(file.FullName, checkpoint.ToJson(), ct);
            await context.Out.WriteLineAsync(
                $"checkpoint written to {file.FullName}: row {checkpoint.Sequence} at {UkTime.FormatStamp(checkpoint.TakenAt)}, signed with audit key '{checkpoint.KeyId}'");
            return ExitCodes.Ok;
        });
        return command;
    }
}
