using System.CommandLine;
using System.Globalization;
using System.Text;
using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics;

namespace CitizenFocus.Cli.CrimeAnalysis;

/// <summary>
/// The crime performance and victim–offender–location analyses under <c>citizenfocus analyse</c>, each
/// reading the database and writing CSV to <c>--out</c> (tables beside it where an analysis has more than one):
/// <code>
/// analyse ytd [--level force|area|borough|ward] [--unit CODE] [--group CODE] [--as-of YYYY-MM-DD] --out PATH
/// analyse best-worst [--level borough|ward] [--unit CODE] [--group CODE] [--as-of YYYY-MM-DD] --out PATH
/// analyse repeat-victims [--unit CODE] [--as-of YYYY-MM-DD] [--months 12] --out PATH   (+ PATH-locations.csv)
/// analyse cross-type-offenders [--unit CODE] [--as-of YYYY-MM-DD] [--months 12] [--by groups|types] --out PATH
/// analyse hot-streets [--unit CODE] [--group CODE] [--as-of YYYY-MM-DD] [--months 12] [--top 5] [--cell-size 200]
///                     [--bandwidth 300] --out PATH   (+ PATH-hotspots.csv, PATH-density.csv)
/// analyse temporal [--unit CODE] [--group CODE] [--as-of YYYY-MM-DD] [--months 12] --out PATH
/// analyse trends [--unit CODE] [--group CODE] [--as-of YYYY-MM-DD] [--months 24] [--limits three-sigma|exact-poisson]
///                [--baseline N] --out PATH
/// </code>
/// The as-of date defaults to today in London. Unknown unit or group codes and bad options exit 2.
/// Repeat victims and cross-type offenders name people: each run is recorded in the audit trail as a
/// consultation by the command-line user (<see cref="CliContext.Actor"/>), with the file written.
/// </summary>
internal static class CrimeAnalysisCommands
{
    internal static void AddTo(Command analyse, CliContext context, GlobalOptions database)
    {
        analyse.Subcommands.Add(YearToDate(context, database));
        analyse.Subcommands.Add(BestWorst(context, database));
        analyse.Subcommands.Add(RepeatVictims(context, database));
        analyse.Subcommands.Add(CrossTypeOffenders(context, database));
        analyse.Subcommands.Add(HotStreets(context, database));
        analyse.Subcommands.Add(Temporal(context, database));
        analyse.Subcommands.Add(Trends(context, database));
    }

    private static Command YearToDate(CliContext context, GlobalOptions database)
    {
        var common = new CommonOptions();
        var level = LevelOption("force", "area", "borough", "ward");
        var command = common.Command("ytd",
            "Year-to-date crimes (from 1 April) per unit and crime group against the same days last year, with the exact Poisson test.", level);
        command.SetAction((parse, ct) => common.RunAsync(parse, context, database, ct, async (session, asOf) =>
        {
            var result = await session.Get<YearToDateAnalysis>().RunAsync(
                ParseLevel(parse.GetValue(level)!), common.Unit(parse), common.Group(parse), asOf, ct);
            if (!result.Succeeded) return (result, null);
            var rows = result.Value;
            await WriteFileAsync(common.Out(parse), w => YearToDateAnalysis.WriteCsvAsync(rows, w, ct));
            var period = rows.Count > 0 ? $" ({rows[0].Period} against {rows[0].PreviousPeriod})" : "";
            return (result, Invariant($"Wrote {rows.Count} year-to-date rows{period}, {rows.Count(r => r.Comparison.Significant)} significant changes, to {common.Out(parse).FullName}."));
        }));
        return command;
    }

    private static Command BestWorst(CliContext context, GlobalOptions database)
    {
        var common = new CommonOptions();
        var level = LevelOption("borough", "ward");
        var command = common.Command("best-worst",
            "The best and worst three boroughs (or wards) per crime group: the last 12 weeks against the 12 weeks before.", level);
        command.SetAction((parse, ct) => common.RunAsync(parse, context, database, ct, async (session, asOf) =>
        {
            var result = await session.Get<BestWorstAnalysis>().RunAsync(
                common.Unit(parse), ParseLevel(parse.GetValue(level)!), common.Group(parse), asOf, ct);
            if (!result.Succeeded) return (result, null);
            await WriteFileAsync(common.Out(parse), w => BestWorstAnalysis.WriteCsvAsync(result.Value, w, ct));
            return (result, Invariant($"Wrote {result.Value.Count} best and worst rows to {common.Out(parse).FullName}."));
        }));
        return command;
    }

    private static Command RepeatVictims(CliContext context, GlobalOptions database)
    {
        var common = new CommonOptions(group: false);
        var months = MonthsOption(RepeatVictimAnalysis.DefaultMonths);
        var command = common.Command(RepeatVictimAnalysis.Name,
            "Victims with two or more crimes (vulnerable first: hate crime or juvenile victim) and repeat locations; locations go to PATH-locations.csv.", months);
        command.SetAction((parse, ct) => common.RunAsync(parse, context, database, ct, async (session, asOf) =>
        {
            var result = await session.Get<RepeatVictimAnalysis>().RunAsync(common.Unit(parse), asOf, parse.GetValue(months), ct);
            if (!result.Succeeded) return (result, null);
            var report = result.Value;
            var locations = Sibling(common.Out(parse), "locations");
            await RecordReadAsync(session, context, report.Consultation(), $"{common.Out(parse).FullName} and {locations.FullName}", ct);
            await WriteFileAsync(common.Out(parse), w => RepeatVictimAnalysis.WriteVictimsCsvAsync(report.Victims, w, ct));
            await WriteFileAsync(locations, w => RepeatVictimAnalysis.WriteLocationsCsvAsync(report.Locations, w, ct));
            return (result, Invariant($"{report.Period}: {report.Victims.Count} repeat victims ({report.Victims.Count(v => v.Vulnerable)} vulnerable) written to {common.Out(parse).FullName}; {report.Locations.Count} repeat locations to {locations.FullName}."));
        }));
        return command;
    }

    private static Command CrossTypeOffenders(CliContext context, GlobalOptions database)
    {
        var common = new CommonOptions(group: false);
        var months = MonthsOption(CrossTypeOffenderAnalysis.DefaultMonths);
        var by = new Option<string>("--by") { Description = "List offenders crossing crime groups or crime types.", DefaultValueFactory = _ => "groups" };
        by.AcceptOnlyFromAmong("groups", "types");
        var command = common.Command(CrossTypeOffenderAnalysis.Name,
            "Offenders whose crimes cross crime groups (or types), ranked by groups then crimes.", months, by);
        command.SetAction((parse, ct) => common.RunAsync(parse, context, database, ct, async (session, asOf) =>
        {
            var basis = parse.GetValue(by) == "types" ? CrossTypeBasis.Types : CrossTypeBasis.Groups;
            var result = await session.Get<CrossTypeOffenderAnalysis>().RunAsync(common.Unit(parse), asOf, parse.GetValue(months), basis, ct);
            if (!result.Succeeded) return (result, null);
            var report = result.Value;
            await RecordReadAsync(session, context, report.Consultation(), common.Out(parse).FullName, ct);
            await WriteFileAsync(common.Out(parse), w => CrossTypeOffenderAnalysis.WriteCsvAsync(report.Offenders, w, ct));
            return (result, Invariant($"Wrote {report.Offenders.Count} cross-type offenders to {common.Out(parse).FullName}."));
        }));
        return command;
    }

    private static Command HotStreets(CliContext context, GlobalOptions database)
    {
        var common = new CommonOptions();
        var months = MonthsOption(HotStreetAnalysis.DefaultMonths);
        var top = new Option<int>("--top") { Description = "Streets listed per ward.", DefaultValueFactory = _ => HotStreetAnalysis.DefaultTopPerWard };
        var cellSize = new Option<double>("--cell-size") { Description = "Grid cell size in metres, for hot spots and density.", DefaultValueFactory = _ => HotStreetAnalysis.DefaultCellSize };
        var bandwidth = new Option<double>("--bandwidth") { Description = "Kernel density bandwidth in metres.", DefaultValueFactory = _ => HotStreetAnalysis.DefaultBandwidth };
        var command = common.Command("hot-streets",
            "Streets ranked within each ward, Gi* hot spot cells (PATH-hotspots.csv) and kernel density (PATH-density.csv).", months, top, cellSize, bandwidth);
        command.SetAction((parse, ct) => common.RunAsync(parse, context, database, ct, async (session, asOf) =>
        {
            var result = await session.Get<HotStreetAnalysis>().RunAsync(common.Unit(parse), common.Group(parse), asOf,
                parse.GetValue(months), parse.GetValue(top), parse.GetValue(cellSize), parse.GetValue(bandwidth), ct);
            if (!result.Succeeded) return (result, null);
            var report = result.Value;
            var (hotSpots, density) = (Sibling(common.Out(parse), "hotspots"), Sibling(common.Out(parse), "density"));
            await WriteFileAsync(common.Out(parse), w => HotStreetAnalysis.WriteStreetsCsvAsync(report.Streets, w, ct));
            await WriteFileAsync(hotSpots, w => HotStreetAnalysis.WriteHotSpotsCsvAsync(report.HotSpots, w, ct));
            await WriteFileAsync(density, w => HotStreetAnalysis.WriteDensityCsvAsync(report.Density, w, ct));
            return (result, Invariant($"{report.Period}, {report.MappedCrimes} crimes mapped: {report.Streets.Count} streets to {common.Out(parse).FullName}, {report.HotSpots.Count} hot spot cells to {hotSpots.FullName}, {report.Density.Count} density cells to {density.FullName}."));
        }));
        return command;
    }

    private static Command Temporal(CliContext context, GlobalOptions database)
    {
        var common = new CommonOptions();
        var months = MonthsOption(TemporalAnalysis.DefaultMonths);
        var command = common.Command("temporal", "Crimes by hour of day and day of week on London clocks.", months);
        command.SetAction((parse, ct) => common.RunAsync(parse, context, database, ct, async (session, asOf) =>
        {
            var result = await session.Get<TemporalAnalysis>().RunAsync(common.Unit(parse), common.Group(parse), asOf, parse.GetValue(months), ct);
            if (!result.Succeeded) return (result, null);
            var report = result.Value;
            await WriteFileAsync(common.Out(parse), w => TemporalAnalysis.WriteCsvAsync(report, w, ct));
            var peak = report.PeakHour is { } hour ? Invariant($"; busiest {report.PeakDay} {hour:00}:00–{hour + 1:00}:00") : "";
            return (result, Invariant($"{report.Period}: {report.Total} crimes{peak}; written to {common.Out(parse).FullName}."));
        }));
        return command;
    }

    private static Command Trends(CliContext context, GlobalOptions database)
    {
        var common = new CommonOptions();
        var months = MonthsOption(TrendAnalysis.DefaultMonths);
        var limits = new Option<string>("--limits") { Description = "Control limits: three-sigma (c-chart) or exact-poisson (99.8%).", DefaultValueFactory = _ => "three-sigma" };
        limits.AcceptOnlyFromAmong("three-sigma", "exact-poisson");
        var baseline = new Option<int?>("--baseline") { Description = "How many of the first months set the centre line (default: those before the latest 12, or all of 12 or fewer)." };
        var command = common.Command("trends", "Monthly counts on a control chart, months beyond the limits flagged.", months, limits, baseline);
        command.SetAction((parse, ct) => common.RunAsync(parse, context, database, ct, async (session, asOf) =>
        {
            var method = parse.GetValue(limits) == "exact-poisson" ? ControlLimitMethod.ExactPoisson : ControlLimitMethod.ThreeSigma;
            var result = await session.Get<TrendAnalysis>().RunAsync(common.Unit(parse), common.Group(parse), asOf, parse.GetValue(months),
                method, parse.GetValue(baseline), ct);
            if (!result.Succeeded) return (result, null);
            var report = result.Value;
            await WriteFileAsync(common.Out(parse), w => TrendAnalysis.WriteCsvAsync(report, w, ct));
            var flagged = report.Months.Where(m => m.Signal != TrendSignal.None)
                .Select(m => Invariant($"{m.Month:yyyy-MM} {m.Signal.ToString().ToLowerInvariant()}")).ToList();
            return (result, Invariant($"{report.Months.Count} months, {flagged.Count} beyond the limits{(flagged.Count > 0 ? " (" + string.Join(", ", flagged) + ")" : "")}; written to {common.Out(parse).FullName}."));
        }));
        return command;
    }

    /// <summary>The options every analysis takes, and the run every analysis shares.</summary>
    private sealed class CommonOptions(bool group = true)
    {
        private readonly Option<string?> unit = new("--unit")
        {
            Description = "An area, borough or ward code (ONS code for boroughs and wards) to confine the analysis to; the whole force when left out.",
            HelpName = "CODE",
        };

        private readonly Option<string?> groupOption = new("--group")
        {
            Description = "A crime group code (robbery, residential-burglary, knife-crime…); every group, or all crime, when left out.",
            HelpName = "CODE",
        };

        private readonly Option<string?> asOf = new("--as-of") { Description = "The last day counted (London), YYYY-MM-DD; today by default.", HelpName = "YYYY-MM-DD" };
        private readonly Option<FileInfo> output = new("--out") { Description = "Where to write the CSV.", HelpName = "PATH", Required = true };

        public Command Command(string name, string description, params Option[] extra)
        {
            var command = new Command(name, description);
            command.Options.Add(unit);
            if (group) command.Options.Add(groupOption);
            command.Options.Add(asOf);
            foreach (var option in extra) command.Options.Add(option);
            command.Options.Add(output);
            return command;
        }

        public string? Unit(ParseResult parse) => parse.GetValue(unit);
        public string? Group(ParseResult parse) => group ? parse.GetValue(groupOption) : null;
        public FileInfo Out(ParseResult parse) => parse.GetValue(output)!;

        public async Task<int> RunAsync(ParseResult parse, CliContext context, GlobalOptions database, CancellationToken ct,
            Func<CliSession, DateOnly?, Task<(Result Result, string? Summary)>> run)
        {
            DateOnly? day = null;
            if (parse.GetValue(asOf) is { } text)
            {
                if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await context.Err.WriteLineAsync($"--as-of '{text}' is not a date in the form YYYY-MM-DD.");
                    return ExitCodes.Usage;
                }
                day = parsed;
            }
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            var (result, summary) = await run(session, day);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors) await context.Err.WriteLineAsync($"--{error.Field}: {error.Message}");
                return ExitCodes.Usage;
            }
            await context.Out.WriteLineAsync(summary);
            return ExitCodes.Ok;
        }
    }

    private static Option<string> LevelOption(params string[] levels)
    {
        var option = new Option<string>("--level")
        {
            Description = $"The units to report: {string.Join(", ", levels)}.",
            DefaultValueFactory = _ => "borough",
        };
        option.AcceptOnlyFromAmong(levels);
        return option;
    }

    private static Option<int> MonthsOption(int defaultMonths) =>
        new("--months") { Description = "How many months the analysis covers.", DefaultValueFactory = _ => defaultMonths };

    private static OrgLevel ParseLevel(string level) => Enum.Parse<OrgLevel>(level, ignoreCase: true);

    /// <summary>
    /// Records a consultation of personal data in the audit trail, naming the command-line user, before the file
    /// is written: if the trail cannot take the entry, the data does not leave the database.
    /// </summary>
    private static Task RecordReadAsync(CliSession session, CliContext context, PersonalDataRead read, string files, CancellationToken ct) =>
        session.Get<PersonalDataReads>().RecordAsync(context.Actor, ReadChannel.CommandLine, read with { Destination = files }, ct);

    /// <summary>A second table beside the first: report.csv → report-locations.csv.</summary>
    private static FileInfo Sibling(FileInfo path, string suffix) =>
        new(Path.Combine(path.DirectoryName ?? ".", Path.GetFileNameWithoutExtension(path.Name) + "-" + suffix + (path.Extension is { Length: > 0 } e ? e : ".csv")));

    private static async Task WriteFileAsync(FileInfo path, Func<TextWriter, Task> write)
    {
        path.Directory?.Create();
        await using var writer = new StreamWriter(path.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await write(writer);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
