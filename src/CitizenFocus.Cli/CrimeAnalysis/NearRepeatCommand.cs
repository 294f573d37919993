using System.CommandLine;
using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;

namespace CitizenFocus.Cli.CrimeAnalysis;

/// <summary>
/// <c>citizenfocus analyse near-repeat --input FILE --distance-bands 0,1,101,201 --time-bands 0,7,14
/// [--permutations 999] [--seed 1] [--euclidean] --out PATH</c>: the Knox test of the Near Repeat
/// Calculator on a CSV of events, written as CSV or JSON by the extension of PATH. Needs no database.
/// Exit 1 with "row R, column C: message" for bad rows; exit 2 for unusable options.
/// </summary>
internal static class NearRepeatCommand
{
    /// <summary>How many significant cells the summary lists; the file has them all.</summary>
    private const int ListedCells = 10;

    public static Command Create(CliContext context)
    {
        var input = new Option<FileInfo>("--input")
        {
            Description = "CSV of events with columns id,x,y,date (x and y in metres, date as 2024-03-01).",
            HelpName = "FILE",
            Required = true,
        };
        var distanceBands = new Option<string>("--distance-bands")
        {
            Description = "Distance band boundaries in metres: 0,1,101,201 means [0,1), [1,101), [101,201).",
            HelpName = "LIST",
            Required = true,
        };
        var timeBands = new Option<string>("--time-bands")
        {
            Description = "Time band boundaries in days: 0,7,14 means [0,7), [7,14).",
            HelpName = "LIST",
            Required = true,
        };
        var permutations = new Option<int>("--permutations")
        {
            Description = "Times the dates are shuffled among the places.",
            DefaultValueFactory = _ => NearRepeatParameters.DefaultPermutations,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed for the shuffles: the same seed gives the same result.",
            DefaultValueFactory = _ => NearRepeatParameters.DefaultSeed,
        };
        var euclidean = new Option<bool>("--euclidean") { Description = "Straight-line distance instead of Manhattan (|dx| + |dy|)." };
        var output = new Option<FileInfo>("--out")
        {
            Description = "Where to write the table: PATH.csv (one row per cell) or PATH.json.",
            HelpName = "PATH",
            Required = true,
        };

        var command = new Command("near-repeat",
            "Knox near-repeat test (Near Repeat Calculator): pairs of events by distance and time band, against shuffled dates.");
        foreach (var option in new Option[] { input, distanceBands, timeBands, permutations, seed, euclidean, output })
            command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            var distances = ParseList<double>(parse.GetValue(distanceBands)!, "--distance-bands",
                t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null);
            var days = ParseList<int>(parse.GetValue(timeBands)!, "--time-bands",
                t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (int?)null);
            var usage = new List<string>();
            if (distances.Error is not null) usage.Add(distances.Error);
            if (days.Error is not null) usage.Add(days.Error);
            var outFile = parse.GetValue(output)!;
            var format = outFile.Extension.ToLowerInvariant();
            if (format is not (".csv" or ".json")) usage.Add($"--out: end the file name in .csv or .json, not '{outFile.Name}'");
            var parameters = new NearRepeatParameters(distances.Values, days.Values,
                parse.GetValue(euclidean) ? DistanceMetric.Euclidean : DistanceMetric.Manhattan,
                parse.GetValue(permutations), parse.GetValue(seed));
            if (usage.Count == 0) usage.AddRange(parameters.Validate().Select(e => $"{OptionFor(e.Field)}: {e.Message}"));
            if (usage.Count > 0)
            {
                foreach (var line in usage) await context.Err.WriteLineAsync(line);
                return ExitCodes.Usage;
            }

            var inFile = parse.GetValue(input)!;
            if (!inFile.Exists)
            {
                await context.Err.WriteLineAsync($"{inFile.FullName}: no such file");
                return ExitCodes.Failed;
            }
            Result<IReadOnlyList<NearRepeatEvent>> events;
            await using (var stream = new FileStream(inFile.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16,
                FileOptions.Asynchronous | FileOptions.SequentialScan))
                events = await NearRepeatEventsCsv.ReadAsync(stream, ct);
            if (!events.Succeeded) return await FailAsync(context, events.Errors, $"{inFile.Name}: nothing was analysed.");

            var result = NearRepeat.Analyse(events.Value, parameters, ct);
            if (!result.Succeeded) return await FailAsync(context, result.Errors, $"{inFile.Name}: nothing was analysed.");

            try
            {
                await using var stream = new FileStream(outFile.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16,
                    FileOptions.Asynchronous);
                if (format == ".json") await NearRepeatReport.WriteJsonAsync(result.Value, stream, ct);
                else await NearRepeatReport.WriteCsvAsync(result.Value, stream, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await context.Err.WriteLineAsync($"{outFile.FullName}: cannot write: {e.Message}");
                return ExitCodes.Failed;
            }
            await WriteSummaryAsync(context, result.Value, outFile.FullName);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static (T[] Values, string? Error) ParseList<T>(string text, string option, Func<string, T?> parse) where T : struct
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new T[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parse(parts[i]) is not { } value) return ([], $"{option}: '{parts[i]}' is not a number; give boundaries like 0,1,101,201");
            values[i] = value;
        }
        return (values, null);
    }

    private static string OptionFor(string field) => field switch
    {
        nameof(NearRepeatParameters.DistanceBands) => "--distance-bands",
        nameof(NearRepeatParameters.TimeBands) => "--time-bands",
        nameof(NearRepeatParameters.Permutations) => "--permutations",
        nameof(NearRepeatParameters.Metric) => "--euclidean",
        _ => field,
    };

    private static async Task<int> FailAsync(CliContext context, IReadOnlyList<ValidationError> errors, string closing)
    {
        foreach (var error in errors)
            await context.Err.WriteLineAsync(Describe(error));
        await context.Err.WriteLineAsync(closing);
        return ExitCodes.Failed;
    }

    private static string Describe(ValidationError error) => (error.Row, error.Field) switch
    {
        ({ } row, "file") => $"row {row}: {error.Message}",
        ({ } row, "Events") => $"row {row}: {error.Message}",
        ({ } row, var column) => $"row {row}, column {column}: {error.Message}",
        (null, "file" or "Events") => error.Message,
        (null, var field) => $"{OptionFor(field)}: {error.Message}",
    };

    private static async Task WriteSummaryAsync(CliContext context, NearRepeatResult result, string path)
    {
        var p = result.Parameters;
        var invariant = CultureInfo.InvariantCulture;
        await context.Out.WriteLineAsync(string.Create(invariant,
            $"Knox test: {result.Events:N0} events, {result.Pairs:N0} pairs less than {p.DistanceBands[^1]} m apart ({p.Metric.ToString().ToLowerInvariant()}), {p.Permutations:N0} permutations, seed {p.Seed}."));
        var significant = result.Cells.Where(c => c.PValue < 0.05 && c.Ratio > 1).ToList();
        if (significant.Count == 0)
            await context.Out.WriteLineAsync("No cell has more pairs than chance would give (p < 0.05).");
        else
        {
            await context.Out.WriteLineAsync(string.Create(invariant, $"Cells with more pairs than chance (p < 0.05): {significant.Count}"));
            foreach (var c in significant.Take(ListedCells))
                await context.Out.WriteLineAsync(string.Create(invariant,
                    $"  [{c.DistanceFrom}, {c.DistanceTo}) m, [{c.TimeFrom}, {c.TimeTo}) days: {c.Observed} pairs, {c.Expected:0.##} expected, ratio {c.Ratio:0.##}, p {c.PValue:0.####}"));
            if (significant.Count > ListedCells) await context.Out.WriteLineAsync($"  … and {significant.Count - ListedCells} more in the file");
        }
        await context.Out.WriteLineAsync(string.Create(invariant, $"Wrote {result.Cells.Count} cells to {path}"));
    }
}
