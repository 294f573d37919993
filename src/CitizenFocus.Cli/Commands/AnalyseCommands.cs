using System.CommandLine;

namespace CitizenFocus.Cli.Commands;

/// <summary><c>citizenfocus analyse …</c>: crime analyses, each a subcommand.</summary>
internal static class AnalyseCommands
{
    public static Command Create(CliContext context, GlobalOptions database)
    {
        var analyse = new Command("analyse", "Crime analyses.");
        CrimeAnalysisCommands.AddTo(analyse, context, database);
        analyse.Subcommands.Add(NearRepeatCommand.Create(context));
        return analyse;
    }
}
