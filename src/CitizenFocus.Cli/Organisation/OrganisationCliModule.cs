namespace CitizenFocus.Cli.Organisation;

/// <summary><c>import organisation</c> and <c>import postcodes</c>: the force's units, and the postcode directory that places addresses in wards.</summary>
internal sealed class OrganisationCliModule : ICliModule
{
    public void AddCommands(CliCommands commands)
    {
        commands.AddImport(ImportOrganisationCommand.Create(commands.Context, commands.Database));
        commands.AddImport(ImportPostcodesCommand.Create(commands.Context, commands.Database));
    }
}
