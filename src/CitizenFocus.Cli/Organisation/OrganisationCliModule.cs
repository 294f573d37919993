namespace CitizenFocus.Cli.Organisation;

/// <summary><c>import postcodes</c>: the postcode directory that places addresses in wards.</summary>
internal sealed class OrganisationCliModule : ICliModule
{
    public void AddCommands(CliCommands commands) =>
        commands.AddImport(ImportPostcodesCommand.Create(commands.Context, commands.Database));
}
