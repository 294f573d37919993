namespace CitizenFocus.Cli.Demo;

/// <summary><c>demo</c>: generates the synthetic demo force.</summary>
internal sealed class DemoCliModule : ICliModule
{
    public void AddCommands(CliCommands commands) => commands.Add(DemoCommand.Create(commands.Context, commands.Database));
}
