using System.CommandLine;
using CitizenFocus.Identity;

namespace CitizenFocus.Cli.Identity;

/// <summary>
/// <c>citizenfocus import staff FILE --site https://…</c>: staff accounts from an HR export, all or nothing; each new
/// account is sent a one-time link (on the site given) to set its password, and leavers are disabled.
/// </summary>
internal static class ImportStaffCommand
{
    public static Command Create(CliContext context, GlobalOptions database)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV with columns email,name,role,scope." };
        var site = new Option<string>("--site") { Description = "The service's address, for the links that set passwords (https://citizenfocus.force.example).", Required = true };
        var command = new Command("staff", "Import staff accounts in bulk; new accounts get a one-time link to set a password, leavers are disabled.");
        command.Arguments.Add(file);
        command.Options.Add(site);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!Uri.TryCreate(parse.GetValue(site), UriKind.Absolute, out var address) || address.Scheme is not ("https" or "http"))
            {
                await context.Err.WriteLineAsync("--site: give the service's address, like https://citizenfocus.force.example");
                return ExitCodes.Usage;
            }
            if (!await ImportErrors.ExistsAsync(context, path)) return ExitCodes.Failed;
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            await using var stream = File.OpenRead(path.FullName);
            var result = await session.Get<ImportStaff>().HandleAsync(stream, address, context.Actor, ct);
            if (!result.Succeeded) return await ImportErrors.WriteAsync(context, result.Errors);
            var s = result.Value;
            await context.Out.WriteLineAsync($"Imported {s.Rows} rows: {s.Created} accounts created (each sent a link to set its password), " +
                $"{s.Changed} changed, {s.Unchanged} unchanged, {s.Disabled} disabled as leavers.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
