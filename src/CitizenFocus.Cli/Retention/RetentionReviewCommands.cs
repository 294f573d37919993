using System.CommandLine;
using CitizenFocus.Common;
using CitizenFocus.Retention;

namespace CitizenFocus.Cli.Retention;

/// <summary>
/// <c>retention reviews</c> lists the open reviews, soonest due first; <c>retention review --record-type Crime
/// --reference REF --retain|--dispose --reason TEXT</c> records the reviewer's decision.
/// </summary>
internal static class RetentionReviewCommands
{
    public static Command List(CliContext context, GlobalOptions database)
    {
        var command = new Command("reviews", "List the records brought up for review and not yet decided, soonest due first.");
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var open = await session.Get<DecideRecordReview>().OpenAsync(ct);
            foreach (var review in open)
                await context.Out.WriteLineAsync($"{review.RecordType} {review.RecordId}  due {UkTime.FormatDate(review.DueAt)}  (rule {review.RuleId})  {review.Title}");
            await context.Out.WriteLineAsync(open.Count == 0 ? "No reviews are open." : $"{open.Count} review{(open.Count == 1 ? "" : "s")} open");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Decide(CliContext context, GlobalOptions database)
    {
        var recordType = new Option<string>("--record-type") { Description = "The record type, as the audit trail names it (Crime).", DefaultValueFactory = _ => RetentionDefaults.Crime };
        var reference = new Option<string>("--reference") { Description = "The record's reference.", Required = true };
        var retain = new Option<bool>("--retain") { Description = "Keep the record until its next review." };
        var dispose = new Option<bool>("--dispose") { Description = "Remove its personal details; its counts stay." };
        var reason = new Option<string>("--reason") { Description = "Why: the policing purpose it still serves, or why it can go.", Required = true };
        var command = new Command("review", "Record the decision on a record brought up for review.");
        foreach (var option in new Option[] { recordType, reference, retain, dispose, reason }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(retain) == parse.GetValue(dispose))
            {
                await context.Err.WriteLineAsync("Give exactly one of --retain and --dispose.");
                return ExitCodes.Usage;
            }
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var decision = parse.GetValue(retain) ? ReviewDecision.Retain : ReviewDecision.Dispose;
            var result = await session.Get<DecideRecordReview>().HandleAsync(
                new RecordReviewDecision(parse.GetValue(recordType)!, parse.GetValue(reference)!, decision, parse.GetValue(reason)), context.Actor, ct);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors) await context.Err.WriteLineAsync(error.Message);
                return ExitCodes.Failed;
            }
            await context.Out.WriteLineAsync($"{parse.GetValue(recordType)} {parse.GetValue(reference)}: {result.Value}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
