using System.CommandLine;

namespace CitizenFocus.Cli.Audit;

/// <summary><c>audit verify|checkpoint|rekey|search</c>: the keyed hash chain of the audit trail.</summary>
internal sealed class AuditCliModule : ICliModule
{
    public void AddCommands(CliCommands commands)
    {
        var audit = new Command("audit", "The hash-chained audit trail.");
        audit.Subcommands.Add(AuditVerifyCommand.Create(commands.Context, commands.Database));
        audit.Subcommands.Add(AuditCheckpointCommand.Create(commands.Context, commands.Database));
        audit.Subcommands.Add(AuditRekeyCommand.Create(commands.Context, commands.Database));
        audit.Subcommands.Add(AuditSearchCommand.Create(commands.Context, commands.Database));
        commands.Add(audit);
    }
}
