using System.CommandLine;
using CitizenFocus.Cli.Commands;

namespace CitizenFocus.Cli;

/// <summary>The `citizenfocus` command tree, buildable and invocable in-process.</summary>
internal static class CliApp
{
    public static RootCommand Build(TextWriter output, TextWriter error, TimeProvider time) =>
        Build(CliContext.ForTest(output, error, time));

    public static RootCommand Build(CliContext context)
    {
        var database = new GlobalOptions();
        var root = new RootCommand("CitizenFocus: neighbourhood-policing service promises, from the command line.");
        database.AddTo(root);

        var users = new Command("users", "Staff accounts.");
        users.Subcommands.Add(UsersAddCommand.Create(context, database));
        users.Subcommands.Add(UsersListCommand.Create(context, database));

        var audit = new Command("audit", "The hash-chained audit trail.");
        audit.Subcommands.Add(AuditVerifyCommand.Create(context, database));
        audit.Subcommands.Add(AuditSearchCommand.Create(context, database));

        var import = new Command("import", "Load reference data.");
        import.Subcommands.Add(ImportPostcodesCommand.Create(context, database));
        import.Subcommands.Add(ImportSurveyCommand.Survey(context, database));
        import.Subcommands.Add(ImportSurveyCommand.Indicators(context, database));
        import.Subcommands.Add(ImportLsoaWardsCommand.Create(context, database));
        import.Subcommands.Add(ImportPoliceUkCommand.Create(context, database));
        import.Subcommands.Add(ImportCrimesCommand.Create(context, database));

        root.Subcommands.Add(DemoCommand.Create(context, database));
        root.Subcommands.Add(users);
        root.Subcommands.Add(audit);
        root.Subcommands.Add(import);
        root.Subcommands.Add(AnalyseCommands.Create(context, database));
        root.Subcommands.Add(MigrateCommand.Create(context, database));
        root.Subcommands.Add(PackCommand.Create(context, database));
        return root;
    }

    /// <summary>Parses and runs one command line; returns its exit code.</summary>
    public static Task<int> InvokeAsync(string[] args, CliContext context, CancellationToken ct = default) =>
        Build(context).Parse(args).InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Err }, ct);
}
