using System.CommandLine;
using System.Globalization;
using CitizenFocus.Retention;

namespace CitizenFocus.Cli.Retention;

/// <summary>
/// <c>retention hold --record-type T --reference REF --reason TEXT</c> and <c>retention release --hold ID</c>: a legal
/// hold keeps a record from the retention sweep (and a crime from disposal) until it is released.
/// </summary>
internal static class HoldCommands
{
    public static Command Hold(CliContext context, GlobalOptions database)
    {
        var recordType = new Option<string>("--record-type") { Description = "Call, Message or Crime.", Required = true };
        var reference = new Option<string>("--reference") { Description = "The record's reference.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why it must be kept (litigation, an inquiry, an IOPC complaint).", Required = true };
        var command = new Command("hold", "Place a legal hold on a record: the retention sweep leaves it alone until it is released.");
        foreach (var option in new Option[] { recordType, reference, reason }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var result = await session.Get<SetLegalHold>().PlaceAsync(parse.GetValue(recordType)!, parse.GetValue(reference)!, parse.GetValue(reason)!,
                context.Actor, ct);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors) await context.Err.WriteLineAsync(error.Message);
                return ExitCodes.Failed;
            }
            await context.Out.WriteLineAsync($"Legal hold {result.Value.ToString(CultureInfo.InvariantCulture)} placed on {parse.GetValue(recordType)} {parse.GetValue(reference)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Release(CliContext context, GlobalOptions database)
    {
        var hold = new Option<long>("--hold") { Description = "The hold's number, as `retention hold` printed it.", Required = true };
        var command = new Command("release", "Release a legal hold.") { hold };
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var result = await session.Get<SetLegalHold>().ReleaseAsync(parse.GetValue(hold), context.Actor, ct);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors) await context.Err.WriteLineAsync(error.Message);
                return ExitCodes.Failed;
            }
            await context.Out.WriteLineAsync($"Legal hold {result.Value.ToString(CultureInfo.InvariantCulture)} released");
            return ExitCodes.Ok;
        });
        return command;
    }
}
