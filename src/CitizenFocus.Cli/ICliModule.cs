namespace CitizenFocus.Cli;

/// <summary>
/// A capability's commands, added to the one command tree in one place. Each capability folder
/// with commands has one, named after the folder (<c>Audit/AuditCliModule.cs</c>), and
/// <see cref="CliApp.Modules"/> lists it once.
/// </summary>
internal interface ICliModule
{
    void AddCommands(CliCommands commands);
}
