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
        var dryRun = new Option<bool>("--dry-run") { Description = "List the records the sweep would anonymise or bring up for review; change nothing." };
        var command = new Command("run", "Anonymise the records whose retention period has run, and bring up for review those whose rule says so; legal holds keep records.") { dryRun };
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var report = await session.Get<RunRetentionSweep>().RunAsync(context.Actor, parse.GetValue(dryRun), ct);
            string Verb(RetentionOutcome outcome) => (outcome, report.DryRun) switch
            {
                (RetentionOutcome.Review, true) => "would bring up for review",
                (RetentionOutcome.Review, false) => "brought up for review",
                (_, true) => "would anonymise",
                _ => "anonymised",
            };
            foreach (var action in report.Actions)
                await context.Out.WriteLineAsync($"{Verb(action.Outcome)} {action.RecordType} {action.RecordId}");
            var anonymised = report.Actions.Count(a => a.Outcome != RetentionOutcome.Review);
            var reviews = report.Actions.Count - anonymised;
            await context.Out.WriteLineAsync(
                $"{(report.DryRun ? "dry run: " : "")}{anonymised} record{(anonymised == 1 ? "" : "s")} {Verb(RetentionOutcome.Anonymise)}, " +
                $"{reviews} {Verb(RetentionOutcome.Review)}, {report.Held} kept by a legal hold");
            return ExitCodes.Ok;
        });
        return command;
    }
}
