using System.CommandLine;
using System.Globalization;
using CitizenFocus.Statistics.Import;

namespace CitizenFocus.Cli.Commands;

/// <summary>
/// <c>citizenfocus import survey FILE</c> and <c>citizenfocus import indicators FILE</c>: respondent-level
/// survey answers and published aggregate figures, each all or nothing.
/// </summary>
internal static class ImportSurveyCommand
{
    public static Command Survey(CliContext context, GlobalOptions database)
    {
        var file = new Argument<FileInfo>("FILE")
        {
            Description = "CSV starting survey,respondent_id,interview_date,borough_code,ward_code,weight,question,answer; "
                + "optional age_band,sex,ethnicity,religion,sexual_orientation,disability after.",
        };
        var command = new Command("survey", "Import respondent-level PAS or USS answers (one row per respondent and question).");
        command.Arguments.Add(file);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!await ImportErrors.ExistsAsync(context, path)) return ExitCodes.Failed;
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            await using var stream = path.OpenRead();
            var result = await session.Get<ImportSurvey>().HandleAsync(stream, ct: ct);
            if (!result.Succeeded) return await ImportErrors.ReportAsync(context, result);
            var s = result.Value;
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Imported {s.Rows:N0} answers from {s.Respondents:N0} respondents; {s.Replaced:N0} answers held before were replaced."));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Indicators(CliContext context, GlobalOptions database)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV: indicator,unit_type,unit_code,period_start,period_end,n,estimate (estimate 0–1)." };
        var command = new Command("indicators", "Import published indicator figures for the force, its peer forces, areas, boroughs or wards.");
        command.Arguments.Add(file);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!await ImportErrors.ExistsAsync(context, path)) return ExitCodes.Failed;
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            await using var stream = path.OpenRead();
            var result = await session.Get<ImportIndicators>().HandleAsync(stream, ct);
            if (!result.Succeeded) return await ImportErrors.ReportAsync(context, result);
            var s = result.Value;
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Imported {s.Rows:N0} figures: {s.Added:N0} new, {s.Updated:N0} replaced."));
            return ExitCodes.Ok;
        });
        return command;
    }
}
