namespace CitizenFocus.Cli.Statistics;

/// <summary><c>import survey|indicators</c> and <c>pack</c>: the performance pack's data and the pack itself.</summary>
internal sealed class StatisticsCliModule : ICliModule
{
    public void AddCommands(CliCommands commands)
    {
        commands.AddImport(ImportSurveyCommand.Survey(commands.Context, commands.Database));
        commands.AddImport(ImportSurveyCommand.Indicators(commands.Context, commands.Database));
        commands.Add(PackCommand.Create(commands.Context, commands.Database));
    }
}
