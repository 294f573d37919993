using System.CommandLine;

namespace CitizenFocus.Cli.Identity;

/// <summary><c>users add|list</c>: staff accounts.</summary>
internal sealed class IdentityCliModule : ICliModule
{
    public void AddCommands(CliCommands commands)
    {
        var users = new Command("users", "Staff accounts.");
        users.Subcommands.Add(UsersAddCommand.Create(commands.Context, commands.Database));
        users.Subcommands.Add(UsersListCommand.Create(commands.Context, commands.Database));
        commands.Add(users);
    }
}
