using System.CommandLine;
using CitizenFocus.Audit;

namespace CitizenFocus.Cli.Audit;

/// <summary>
/// <c>citizenfocus audit rekey</c>: signs the whole chain with the current key, after verifying it with the keys
/// it was written with (for a trail from before the chain was keyed, and after a key has leaked).
/// </summary>
internal static class AuditRekeyCommand
{
    public static Command Create(CliContext context, GlobalOptions database)
    {
        var command = new Command("rekey",
            "Sign every audit row again with the current key (Audit:Key), once the chain verifies with the keys it names; take a new checkpoint afterwards.");
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var result = await session.Get<RekeyAuditChain>().HandleAsync(ct);
            if (!result.Done)
            {
                foreach (var problem in result.Before.Problems)
                    await context.Out.WriteLineAsync(problem.Sequence == 0 ? problem.Reason : $"row {problem.Sequence}: {problem.Reason}");
                await context.Out.WriteLineAsync("audit trail broken: nothing re-signed (signing a broken chain would hide what was done to it)");
                return ExitCodes.Failed;
            }
            await context.Out.WriteLineAsync(
                $"audit trail re-signed with key '{session.Get<AuditKeyring>().CurrentId}': {result.RowsSigned} rows; earlier checkpoints no longer match, take a new one");
            return ExitCodes.Ok;
        });
        return command;
    }
}
