using System.CommandLine;
using CitizenFocus.Statistics.Import;

namespace CitizenFocus.Cli.Statistics;

/// <summary>
/// <c>citizenfocus import survey FILE</c> and <c>citizenfocus import indicators FILE</c>: respondent-level
/// survey answers and published aggregate figures, each all or nothing.
/// </summary>
internal static class ImportSurveyCommand
{
    public static Command Survey(CliContext context, GlobalOptions database) => FileImportCommand.Create(context, database, "survey",
        "Import respondent-level PAS or USS answers (one row per respondent and question).",
        "CSV starting survey,respondent_id,interview_date,borough_code,ward_code,weight,question,answer; "
        + "optional age_band,sex,ethnicity,religion,sexual_orientation,disability after.",
        null,
        (session, stream, _, ct) => session.Get<ImportSurvey>().HandleAsync(stream, ct: ct),
        s => $"Imported {CliProgress.Count(s.Rows)} answers from {CliProgress.Count(s.Respondents)} respondents; " +
            $"{CliProgress.Count(s.Replaced)} answers held before were replaced.");

    public static Command Indicators(CliContext context, GlobalOptions database) => FileImportCommand.Create(context, database, "indicators",
        "Import published indicator figures for the force, its peer forces, areas, boroughs or wards.",
        "CSV: indicator,unit_type,unit_code,period_start,period_end,n,estimate (estimate 0–1).",
        null,
        (session, stream, _, ct) => session.Get<ImportIndicators>().HandleAsync(stream, ct),
        s => $"Imported {CliProgress.Count(s.Rows)} figures: {CliProgress.Count(s.Added)} new, {CliProgress.Count(s.Updated)} replaced.");
}
