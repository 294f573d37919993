using System.CommandLine;
using CitizenFocus.Identity;

namespace CitizenFocus.Cli.Identity;

/// <summary><c>citizenfocus users list</c>: every staff account with its role and scope.</summary>
internal static class UsersListCommand
{
    public static Command Create(CliContext context, GlobalOptions database)
    {
        var command = new Command("list", "List staff accounts with their roles and scopes.");
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var users = await session.Get<StaffUserQueries>().ListAsync(ct);
            if (users.Count == 0)
            {
                await context.Out.WriteLineAsync("No staff accounts.");
                return ExitCodes.Ok;
            }

            string[][] rows =
            [
                ["EMAIL", "NAME", "ROLE", "SCOPE", "NOTES"],
                .. users.Select(u => new[]
                {
                    u.Email, u.DisplayName, string.Join(", ", u.Roles), u.Scope,
                    string.Join(", ", new[] { u.IsDemo ? "demo" : null,
                        ChangeStaffUser.IsDisabled(u.LockoutEnd) ? "disabled" : u.LockoutEnd > context.Time.GetUtcNow() ? "locked out" : null }.OfType<string>()),
                }),
            ];
            var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
            foreach (var row in rows)
                await context.Out.WriteLineAsync(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
            await context.Out.WriteLineAsync($"{users.Count} account{(users.Count == 1 ? "" : "s")}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
