using System.CommandLine;

namespace CitizenFocus.Cli.CrimeAnalysis;

/// <summary>Crime data imports (<c>import lsoa-wards|police-uk|crimes</c>) and <c>analyse …</c>, each analysis a subcommand.</summary>
internal sealed class CrimeAnalysisCliModule : ICliModule
{
    public void AddCommands(CliCommands commands)
    {
        commands.AddImport(ImportLsoaWardsCommand.Create(commands.Context, commands.Database));
        commands.AddImport(ImportPoliceUkCommand.Create(commands.Context, commands.Database));
        commands.AddImport(ImportCrimesCommand.Create(commands.Context, commands.Database));

        var analyse = new Command("analyse", "Crime analyses.");
        CrimeAnalysisCommands.AddTo(analyse, commands.Context, commands.Database);
        analyse.Subcommands.Add(NearRepeatCommand.Create(commands.Context));
        commands.Add(analyse);
    }
}
