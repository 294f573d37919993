using System.CommandLine;

namespace CitizenFocus.Cli;

/// <summary>The `citizenfocus` command tree, buildable and invocable in-process.</summary>
internal static class CliApp
{
    public static RootCommand Build(TextWriter output, TextWriter error, TimeProvider time) =>
        Build(CliContext.ForTest(output, error, time));

    /// <summary>Every capability's commands, each once: a new capability is a folder with its module, and a line here.</summary>
    internal static IReadOnlyList<ICliModule> Modules { get; } =
    [
        new Demo.DemoCliModule(),
        new Identity.IdentityCliModule(),
        new Audit.AuditCliModule(),
        new Organisation.OrganisationCliModule(),
        new Statistics.StatisticsCliModule(),
        new CrimeAnalysis.CrimeAnalysisCliModule(),
        new Retention.RetentionCliModule(),
    ];

    public static RootCommand Build(CliContext context)
    {
        var database = new GlobalOptions();
        var root = new RootCommand("CitizenFocus: neighbourhood-policing service promises, from the command line.");
        database.AddTo(root);

        var commands = new CliCommands(root, context, database);
        foreach (var module in Modules) module.AddCommands(commands);
        root.Subcommands.Add(MigrateCommand.Create(context, database));
        return root;
    }

    /// <summary>Parses and runs one command line; returns its exit code.</summary>
    public static Task<int> InvokeAsync(string[] args, CliContext context, CancellationToken ct = default) =>
        Build(context).Parse(args).InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Err }, ct);
}
