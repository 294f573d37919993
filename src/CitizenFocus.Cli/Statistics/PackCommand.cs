using System.CommandLine;
using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics;
using CitizenFocus.Statistics.Performance;

namespace CitizenFocus.Cli.Statistics;

/// <summary>
/// <c>citizenfocus pack --level force|area|borough|ward --period YYYY-MM [--unit CODE] --format html|pdf|csv --out PATH</c>:
/// the monthly performance pack.
/// </summary>
internal static class PackCommand
{
    public static Command Create(CliContext context, GlobalOptions database)
    {
        var level = new Option<string>("--level") { Description = "force, area, borough or ward.", Required = true };
        level.AcceptOnlyFromAmong("force", "area", "borough", "ward");
        var period = new Option<string>("--period") { Description = "The month the pack reports, YYYY-MM (figures cover the rolling window of Performance:WindowMonths months to it, 12 by default).", Required = true };
        var unit = new Option<string?>("--unit") { Description = "One unit's code (ONS code of a borough or ward, area code); all units of the level when left out." };
        var format = new Option<string>("--format") { Description = "csv, html or pdf.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong(PackFormats.All);
        var output = new Option<FileInfo>("--out") { Description = "Where to write the pack.", Required = true };
        var command = new Command("pack", "Produce the monthly performance pack.") { level, period, unit, format, output };
        command.SetAction(async (parse, ct) =>
        {
            var periodText = parse.GetValue(period)!;
            if (!DateOnly.TryParseExact(periodText + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            {
                await context.Err.WriteLineAsync($"--period '{periodText}' is not a month in the form YYYY-MM.");
                return ExitCodes.Usage;
            }
            var unitType = Enum.Parse<OrgLevel>(parse.GetValue(level)!, ignoreCase: true);
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;

            var queries = session.Get<PerformanceQueries>();
            var packPeriod = queries.PeriodFor(month);
            var engine = await queries.LoadAsync(packPeriod, ct: ct);
            var unitCode = parse.GetValue(unit);
            PackUnit? only = null;
            if (unitCode is not null && (only = engine.Data.Find(unitType, unitCode)) is null)
            {
                await context.Err.WriteLineAsync($"--unit '{unitCode}' is not the code of a {unitType.ToString().ToLowerInvariant()} of the force.");
                return ExitCodes.Usage;
            }

            var results = engine.Results(unitType, packPeriod).Where(r => only is null || r.Unit.Id == only.Id).ToList();
            var path = parse.GetValue(output)!;
            path.Directory?.Create();
            await using (var stream = new FileStream(path.FullName, FileMode.Create, FileAccess.Write))
            {
                await PackFormats.WriteAsync(parse.GetValue(format)!, stream, queries, engine, unitType, packPeriod, only, results,
                    UkTime.FormatStamp(context.Time.GetUtcNow().UtcDateTime), ct);
            }
            var graded = results.Count(r => r.Grade is not null);
            var insufficient = results.Count(r => r.Insufficient);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Wrote the {packPeriod.Label} pack ({results.Count} unit-indicator figures, {graded} graded, {insufficient} with an insufficient sample) to {path.FullName}."));
            return ExitCodes.Ok;
        });
        return command;
    }
}

internal static class PackFormats
{
    public static readonly string[] All = ["csv", "html", "pdf"];

    /// <summary>
    /// CSV: one row per unit and indicator. HTML and PDF: with a unit, that unit's whole pack; without,
    /// the overview of every unit at the level (grades, league tables, funnel plots).
    /// </summary>
    public static async Task WriteAsync(string format, Stream stream, PerformanceQueries queries, PerformanceEngine engine, OrgLevel level,
        PackPeriod period, PackUnit? unit, IReadOnlyList<IndicatorResult> results, string generatedAt, CancellationToken ct)
    {
        if (format == "csv")
        {
            await PackCsv.WriteAsync(stream, results, ct);
            return;
        }
        var single = unit ?? (level == OrgLevel.Force ? engine.Data.Force : null);
        var report = single is null
            ? PackReport.Overview(engine, level, period, generatedAt)
            : PackReport.ToReport(PackReport.Build(engine, single, period, await queries.ComplianceForAsync(single, period, ct)), generatedAt);
        if (format == "pdf") Reporting.PdfReportWriter.Write(report, stream, ct);
        else Reporting.HtmlReportWriter.Write(report, stream);
    }
}
