using System.CommandLine;

namespace CitizenFocus.Cli.Commands;

/// <summary><c>citizenfocus analyse …</c>: crime analyses, each a subcommand.</summary>
internal static class AnalyseCommands
{
    public static Command Create(CliContext context, GlobalOptions database)
    {
        _ = database; // for analyses that read the database; near-repeat reads a file
        var analyse = new Command("analyse", "Crime analyses.");
        analyse.Subcommands.Add(NearRepeatCommand.Create(context));
        return analyse;
    }
}
