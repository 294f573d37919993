using System.CommandLine;
using CitizenFocus.Identity;

namespace CitizenFocus.Cli.Identity;

/// <summary>
/// <c>citizenfocus users add --email --name --role --scope [--password-stdin]</c>. The password comes
/// from standard input or CITIZENFOCUS_PASSWORD, never from the command line, where other users of
/// the machine and the shell history would see it.
/// </summary>
internal static class UsersAddCommand
{
    public static Command Create(CliContext context, GlobalOptions database)
    {
        var email = new Option<string>("--email") { Description = "E-mail address; also the sign-in name.", Required = true };
        var name = new Option<string>("--name") { Description = "Name shown for the account.", Required = true };
        var role = new Option<string>("--role")
        {
            Description = "Role, by name or slug: " + string.Join(", ", Roles.All.Select(Roles.Slug)) + ".",
            Required = true,
        };
        var scope = new Option<string>("--scope") { Description = "What the account may see: " + ScopeText.Forms + ".", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = $"Read the password from the first line of standard input (otherwise from {CliContext.PasswordVariable}).",
        };

        var command = new Command("add", "Create a staff account with one role and a scope.");
        foreach (var option in new Option[] { email, name, role, scope, passwordStdin }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            if (!ScopeText.TryParse(parse.GetValue(scope)!, out var level, out var unit))
            {
                await context.Err.WriteLineAsync($"--scope: use {ScopeText.Forms}");
                return ExitCodes.Usage;
            }
            var password = parse.GetValue(passwordStdin)
                ? (await context.In.ReadLineAsync(ct))?.TrimEnd('\r', '\n')
                : context.Configuration[CliContext.PasswordVariable];
            if (string.IsNullOrEmpty(password))
            {
                await context.Err.WriteLineAsync($"No password: pipe it in with --password-stdin, or set {CliContext.PasswordVariable}.");
                return ExitCodes.Usage;
            }

            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var request = new AddStaffUserRequest(parse.GetValue(email)!, parse.GetValue(name)!, parse.GetValue(role)!, level, unit, password);
            var result = await session.Get<AddStaffUser>().HandleAsync(request, context.Actor, ct);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                    await context.Err.WriteLineAsync($"{OptionFor(error.Field)}: {error.Message}");
                return ExitCodes.Failed;
            }
            var added = result.Value;
            await context.Out.WriteLineAsync($"Created {added.Email}: {added.Role}, scope {ScopeText.Format(added.ScopeLevel, unit)} (id {added.UserId})");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string OptionFor(string field) => field switch
    {
        nameof(AddStaffUserRequest.Email) => "--email",
        nameof(AddStaffUserRequest.DisplayName) => "--name",
        nameof(AddStaffUserRequest.Role) => "--role",
        nameof(AddStaffUserRequest.ScopeLevel) or nameof(AddStaffUserRequest.ScopeUnit) => "--scope",
        nameof(AddStaffUserRequest.Password) => "password",
        _ => "error",
    };
}
