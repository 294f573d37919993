using System.CommandLine;
using CitizenFocus.Retention;

namespace CitizenFocus.Cli.Retention;

/// <summary>
/// <c>citizenfocus retention run [--dry-run]</c>: the sweep the web host runs in the background, run once by
/// an operator. The audit trail records the operator's account; a dry run lists what would be done and writes nothing.
/// </summary>
internal static class RetentionRunCommand
{
    public static Command Create(CliContext context, GlobalOptions database)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "List the records the sweep would anonymise; change nothing." };
        var command = new Command("run", "Anonymise the records whose retention period has run and no legal hold keeps.") { dryRun };
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var report = await session.Get<RunRetentionSweep>().RunAsync(context.Actor, parse.GetValue(dryRun), ct);
            var verb = report.DryRun ? "would anonymise" : "anonymised";
            foreach (var action in report.Actions)
                await context.Out.WriteLineAsync($"{verb} {action.RecordType} {action.RecordId}");
            await context.Out.WriteLineAsync(
                $"{(report.DryRun ? "dry run: " : "")}{report.Actions.Count} record{(report.Actions.Count == 1 ? "" : "s")} {verb}, {report.Held} kept by a legal hold");
            return ExitCodes.Ok;
        });
        return command;
    }
}
