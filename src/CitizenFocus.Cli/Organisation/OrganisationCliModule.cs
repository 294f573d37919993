namespace CitizenFocus.Cli.Organisation;

/// <summary><c>import organisation</c>, <c>import postcodes</c> and <c>setup status</c>: the force's units, and the postcode directory that places addresses in wards.</summary>
internal sealed class OrganisationCliModule : ICliModule
{
    public void AddCommands(CliCommands commands)
    {
        commands.AddImport(ImportOrganisationCommand.Create(commands.Context, commands.Database));
        commands.AddImport(ImportPostcodesCommand.Create(commands.Context, commands.Database));
        commands.Add(SetupStatusCommand.Create(commands.Context, commands.Database));
    }
}
