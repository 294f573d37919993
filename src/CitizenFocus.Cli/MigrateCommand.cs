using System.CommandLine;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Cli;

/// <summary><c>citizenfocus migrate</c>: brings the schema up to date and says what it applied.</summary>
internal static class MigrateCommand
{
    public static Command Create(CliContext context, GlobalOptions database)
    {
        var command = new Command("migrate", "Apply pending database migrations.");
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliSession.OpenAsync(parse, context, database, ct, migrate: false);
            if (session is null) return ExitCodes.Usage;
            var pending = (await session.Db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await DatabaseSetup.MigrateAsync(session.Db, ct);
            foreach (var migration in pending) await context.Out.WriteLineAsync($"applied {migration}");
            var latest = (await session.Db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault() ?? "none";
            await context.Out.WriteLineAsync($"{session.Provider} database is up to date (latest migration: {latest})");
            return ExitCodes.Ok;
        });
        return command;
    }
}
