using System.CommandLine;
using CitizenFocus.Common;
using CitizenFocus.Identity;

namespace CitizenFocus.Cli.Identity;

/// <summary>
/// <c>users change --email [--role] [--scope]</c>, <c>users disable --email</c> and <c>users enable --email</c>. Each
/// ends the account's sessions at their next request, so the change holds at once.
/// </summary>
internal static class UsersChangeCommands
{
    public static Command Change(CliContext context, GlobalOptions database)
    {
        var email = new Option<string>("--email") { Description = "The account's e-mail address.", Required = true };
        var role = new Option<string?>("--role") { Description = "New role, by name or slug: " + string.Join(", ", Roles.All.Select(Roles.Slug)) + "." };
        var scope = new Option<string?>("--scope") { Description = "New scope: " + ScopeText.Forms + "." };
        var command = new Command("change", "Change an account's role or scope; its sessions end at their next request.");
        foreach (var option in new Option[] { email, role, scope }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            OrgLevelOrPartner parsed = default;
            if (parse.GetValue(scope) is { } text)
            {
                if (!ScopeText.TryParse(text, out var level, out var unit))
                {
                    await context.Err.WriteLineAsync($"--scope: use {ScopeText.Forms}");
                    return ExitCodes.Usage;
                }
                parsed = new OrgLevelOrPartner(true, level, unit);
            }
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var result = await session.Get<ChangeStaffUser>().ChangeAsync(
                new ChangeStaffUserRequest(parse.GetValue(email)!, parse.GetValue(role), parsed.Given, parsed.Level, parsed.Unit), context.Actor, ct);
            return await ReportAsync(context, parse.GetValue(email)!, result);
        });
        return command;
    }

    public static Command Disable(CliContext context, GlobalOptions database) => SetEnabled(context, database, enable: false);

    public static Command Enable(CliContext context, GlobalOptions database) => SetEnabled(context, database, enable: true);

    private static Command SetEnabled(CliContext context, GlobalOptions database, bool enable)
    {
        var email = new Option<string>("--email") { Description = "The account's e-mail address.", Required = true };
        var command = new Command(enable ? "enable" : "disable", enable
            ? "Let a disabled account sign in again."
            : "Stop an account signing in; its sessions end at their next request.");
        command.Options.Add(email);
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var users = session.Get<ChangeStaffUser>();
            var result = enable
                ? await users.EnableAsync(parse.GetValue(email)!, context.Actor, ct)
                : await users.DisableAsync(parse.GetValue(email)!, context.Actor, ct);
            return await ReportAsync(context, parse.GetValue(email)!, result);
        });
        return command;
    }

    private static async Task<int> ReportAsync(CliContext context, string email, Result<string> result)
    {
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                await context.Err.WriteLineAsync((error.Field switch
                {
                    nameof(ChangeStaffUserRequest.Email) => "--email: ",
                    nameof(ChangeStaffUserRequest.Role) => "--role: ",
                    nameof(ChangeStaffUserRequest.ScopeLevel) or nameof(ChangeStaffUserRequest.ScopeUnit) => "--scope: ",
                    _ => "",
                }) + error.Message);
            return ExitCodes.Failed;
        }
        await context.Out.WriteLineAsync($"{email.Trim()}: {result.Value}");
        return ExitCodes.Ok;
    }

    private readonly record struct OrgLevelOrPartner(bool Given, CitizenFocus.Organisation.OrgLevel? Level, string? Unit);
}
