using System.CommandLine;

namespace CitizenFocus.Cli;

/// <summary>
/// The command tree as the capabilities add to it: their own top-level commands, and the verbs
/// several share (<c>import</c>), which appear once something is added to them.
/// </summary>
internal sealed class CliCommands(RootCommand root, CliContext context, GlobalOptions database)
{
    private Command? import;

    public CliContext Context { get; } = context;
    public GlobalOptions Database { get; } = database;

    /// <summary>A top-level command: <c>citizenfocus &lt;command&gt;</c>.</summary>
    public void Add(Command command) => root.Subcommands.Add(command);

    /// <summary><c>citizenfocus import &lt;command&gt;</c>: loading reference data, whichever capability owns it.</summary>
    public void AddImport(Command command)
    {
        if (import is null)
        {
            import = new Command("import", "Load reference data.");
            root.Subcommands.Add(import);
        }
        import.Subcommands.Add(command);
    }
}
