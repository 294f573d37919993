using System.CommandLine;

namespace CitizenFocus.Cli.Identity;

/// <summary><c>users add|list|change|disable|enable</c>: staff accounts.</summary>
internal sealed class IdentityCliModule : ICliModule
{
    public void AddCommands(CliCommands commands)
    {
        var users = new Command("users", "Staff accounts.");
        users.Subcommands.Add(UsersAddCommand.Create(commands.Context, commands.Database));
        users.Subcommands.Add(UsersListCommand.Create(commands.Context, commands.Database));
        users.Subcommands.Add(UsersChangeCommands.Change(commands.Context, commands.Database));
        users.Subcommands.Add(UsersChangeCommands.Disable(commands.Context, commands.Database));
        users.Subcommands.Add(UsersChangeCommands.Enable(commands.Context, commands.Database));
        commands.Add(users);
        commands.AddImport(ImportStaffCommand.Create(commands.Context, commands.Database));
    }
}
