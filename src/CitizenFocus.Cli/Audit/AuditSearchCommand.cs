using System.CommandLine;
using System.CommandLine.Parsing;
using CitizenFocus.Audit;
using CitizenFocus.Common;

namespace CitizenFocus.Cli.Audit;

/// <summary><c>citizenfocus audit search</c>: who did what to which record, newest first.</summary>
internal static class AuditSearchCommand
{
    public static Command Create(CliContext context, GlobalOptions database)
    {
        var recordType = new Option<string?>("--record-type") { Description = "Record type, such as Call or StaffUser." };
        var recordId = new Option<string?>("--record-id") { Description = "Record id or reference." };
        var actor = new Option<string?>("--actor") { Description = "Who acted (their e-mail, or cli:USER)." };
        var from = new Option<DateTime?>("--from")
        {
            Description = "From this London date or time (2026-11-01, 2026-11-01T09:00, or with an offset).",
            CustomParser = r => ParseTime(r, endOfDay: false),
        };
        var to = new Option<DateTime?>("--to")
        {
            Description = "Up to this London date (that whole day) or time.",
            CustomParser = r => ParseTime(r, endOfDay: true),
        };
        var page = new Option<int>("--page") { Description = "Page number.", DefaultValueFactory = _ => 1 };
        var pageSize = new Option<int>("--page-size") { Description = "Entries per page.", DefaultValueFactory = _ => AuditSearch.DefaultPageSize };

        var command = new Command("search", "Search the audit trail, newest first.");
        foreach (var option in new Option[] { recordType, recordId, actor, from, to, page, pageSize }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var search = new AuditSearch(parse.GetValue(recordType), parse.GetValue(recordId), parse.GetValue(actor),
                parse.GetValue(from), parse.GetValue(to), parse.GetValue(page), parse.GetValue(pageSize));
            var result = await session.Get<AuditQueries>().SearchAsync(search, ct);

            foreach (var row in result.Items)
            {
                await context.Out.WriteLineAsync(
                    $"{row.Sequence,8}  {UkTime.FormatStamp(row.OccurredAt)}  {AuditActionText.Of(row.Action),-22}  {row.RecordType} {row.RecordId}  by {row.Actor}");
                if (row.Justification is not null) await context.Out.WriteLineAsync($"{"",10}justification: {row.Justification}");
                if (row.Detail is not null) await context.Out.WriteLineAsync($"{"",10}{row.Detail}");
            }
            await context.Out.WriteLineAsync(result.Total == 0
                ? "No audit entries match."
                : $"{result.Total} matching entr{(result.Total == 1 ? "y" : "ies")}; page {result.Number} of {result.Pages}, newest first");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static DateTime? ParseTime(ArgumentResult result, bool endOfDay)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (UkTime.TryParse(text, endOfDay, out var utc)) return utc;
        result.AddError($"'{text}' is not a date (2026-11-25) or time (2026-11-25T14:30)");
        return null;
    }
}
