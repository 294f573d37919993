using System.CommandLine;
using CitizenFocus.Organisation;

namespace CitizenFocus.Cli.Organisation;

/// <summary><c>citizenfocus setup status</c>: what the force has loaded and what is missing, with the command for each.</summary>
internal static class SetupStatusCommand
{
    public static Command Create(CliContext context, GlobalOptions database)
    {
        var status = new Command("status", "List what is loaded and what is missing, with the command that loads each.");
        status.SetAction(async (parse, ct) =>
        {
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var items = await session.Get<SetupStatus>().ReadAsync(ct);
            var width = items.Max(i => i.Name.Length);
            foreach (var item in items)
                await context.Out.WriteLineAsync($"{(item.Loaded ? "loaded " : "missing")}  {item.Name.PadRight(width)}  {item.Held}" +
                    (item.Loaded ? "" : $"; to load: {item.HowToLoad}"));
            var missing = items.Count(i => !i.Loaded);
            await context.Out.WriteLineAsync(missing == 0 ? "Everything is loaded." : $"{missing} of {items.Count} missing");
            return ExitCodes.Ok;
        });
        var setup = new Command("setup", "Setting up a force.");
        setup.Subcommands.Add(status);
        return setup;
    }
}
