using System.CommandLine;

namespace CitizenFocus.Cli.Retention;

/// <summary><c>retention run|reviews|review</c>: applies the retention rules now, and the reviews they open.</summary>
internal sealed class RetentionCliModule : ICliModule
{
    public void AddCommands(CliCommands commands)
    {
        var retention = new Command("retention", "Retention of personal data: the rules and their sweep.");
        retention.Subcommands.Add(RetentionRunCommand.Create(commands.Context, commands.Database));
        retention.Subcommands.Add(RetentionReviewCommands.List(commands.Context, commands.Database));
        retention.Subcommands.Add(RetentionReviewCommands.Decide(commands.Context, commands.Database));
        retention.Subcommands.Add(RestrictCommands.Restrict(commands.Context, commands.Database));
        retention.Subcommands.Add(RestrictCommands.Lift(commands.Context, commands.Database));
        retention.Subcommands.Add(HoldCommands.Hold(commands.Context, commands.Database));
        retention.Subcommands.Add(HoldCommands.Release(commands.Context, commands.Database));
        commands.Add(retention);
    }
}
