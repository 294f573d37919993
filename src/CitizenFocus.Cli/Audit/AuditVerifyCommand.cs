using System.CommandLine;
using CitizenFocus.Audit;

namespace CitizenFocus.Cli.Audit;

/// <summary><c>citizenfocus audit verify</c>: walks the hash chain; exit 1 names every broken row.</summary>
internal static class AuditVerifyCommand
{
    public static Command Create(CliContext context, GlobalOptions database)
    {
        var command = new Command("verify", "Check that no audit row has been altered, removed or reordered.");
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var result = await session.Get<AuditVerifier>().VerifyAsync(ct);
            if (result.Intact)
            {
                await context.Out.WriteLineAsync($"audit trail intact: {result.RowsChecked} rows");
                return ExitCodes.Ok;
            }
            foreach (var problem in result.Problems)
                await context.Out.WriteLineAsync($"row {problem.Sequence}: {problem.Reason}");
            await context.Out.WriteLineAsync(
                $"audit trail broken: {result.Problems.Count} problem{(result.Problems.Count == 1 ? "" : "s")} in {result.RowsChecked} rows");
            return ExitCodes.Failed;
        });
        return command;
    }
}
