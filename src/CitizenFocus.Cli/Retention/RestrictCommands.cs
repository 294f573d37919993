using System.CommandLine;
using CitizenFocus.Audit;

namespace CitizenFocus.Cli.Retention;

/// <summary>
/// <c>retention restrict --record-type Call|Message --reference REF --roles "Inspector,Borough commander" --reason TEXT</c>
/// and <c>retention lift --record-type … --reference REF</c>: restriction of processing (DPA 2018 s.47).
/// </summary>
internal static class RestrictCommands
{
    public static Command Restrict(CliContext context, GlobalOptions database)
    {
        var recordType = new Option<string>("--record-type") { Description = "Call or Message.", Required = true };
        var reference = new Option<string>("--reference") { Description = "The record's reference.", Required = true };
        var roles = new Option<string>("--roles") { Description = "The roles that may still read it, separated by commas.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why it is restricted (an accuracy dispute, a request under s.47).", Required = true };
        var command = new Command("restrict", "Restrict a record so that only the named roles may read it.");
        foreach (var option in new Option[] { recordType, reference, roles, reason }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var named = parse.GetValue(roles)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var result = await session.Get<RecordRestrictions>().PlaceAsync(parse.GetValue(recordType)!, parse.GetValue(reference)!, named,
                parse.GetValue(reason), context.Actor, ct);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors) await context.Err.WriteLineAsync(error.Message);
                return ExitCodes.Failed;
            }
            await context.Out.WriteLineAsync($"{parse.GetValue(recordType)} {parse.GetValue(reference)} restricted: only {string.Join(", ", named)} may read it");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Lift(CliContext context, GlobalOptions database)
    {
        var recordType = new Option<string>("--record-type") { Description = "Call or Message.", Required = true };
        var reference = new Option<string>("--reference") { Description = "The record's reference.", Required = true };
        var command = new Command("lift", "Lift a record's restriction.");
        foreach (var option in new Option[] { recordType, reference }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var result = await session.Get<RecordRestrictions>().LiftAsync(parse.GetValue(recordType)!, parse.GetValue(reference)!, context.Actor, ct);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors) await context.Err.WriteLineAsync(error.Message);
                return ExitCodes.Failed;
            }
            await context.Out.WriteLineAsync($"{parse.GetValue(recordType)} {parse.GetValue(reference)}: restriction lifted");
            return ExitCodes.Ok;
        });
        return command;
    }
}
