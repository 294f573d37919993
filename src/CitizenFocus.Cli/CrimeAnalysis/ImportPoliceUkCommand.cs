using System.CommandLine;
using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;

namespace CitizenFocus.Cli.CrimeAnalysis;

/// <summary>
/// <c>citizenfocus import police-uk FILE…</c>: police.uk street-level and outcomes files, all in one
/// transaction; exit 1 with "FILE: row R, column C: message" for each bad row. A crime type outside
/// police.uk's published categories is such an error (see <see cref="ImportPoliceUk"/>).
/// </summary>
internal static class ImportPoliceUkCommand
{
    private const int Ticks = 1_000;
    private const long LineEvery = 1_000_000;

    public static Command Create(CliContext context, GlobalOptions database)
    {
        var files = new Argument<FileInfo[]>("FILE")
        {
            Description = "police.uk CSV files, street-level (…-street.csv) or outcomes (…-outcomes.csv), told apart by their header.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("police-uk",
            "Import police.uk open data. Rows are placed in wards through the LSOA lookup (import lsoa-wards first); rows without " +
            "coordinates or LSOA are kept and counted. Importing a force-month again replaces it. A crime type other than " +
            "police.uk's 14 categories is an error naming the row and column, and nothing is imported. Missing months between " +
            "a force's first and last are recorded and listed.");
        command.Arguments.Add(files);
        command.SetAction(async (parse, ct) =>
        {
            var paths = parse.GetValue(files)!;
            foreach (var path in paths)
                if (!await ImportErrors.ExistsAsync(context, path)) return ExitCodes.Failed;
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;

            var total = Math.Max(1, paths.Sum(p => p.Length));
            // Progress is by bytes: those of the files already read, and the position in the one being read.
            long done = 0, currentLength = 0;
            FileStream? current = null;
            var sources = paths.Select(path => new PoliceUkFile(path.Name, () =>
            {
                done += currentLength;
                current = ImportErrors.OpenRead(path);
                currentLength = path.Length;
                return current;
            })).ToList();

            Result<PoliceUkImportSummary> result;
            using (var progress = new CliProgress(context, Ticks, $"Importing {paths.Length} police.uk file(s)"))
            {
                var nextLine = LineEvery;
                var report = new InlineProgress<long>(rows =>
                {
                    var line = rows >= nextLine;
                    if (line) nextLine = (rows / LineEvery + 1) * LineEvery;
                    var bytes = done + (current is { CanRead: true } ? current.Position : 0);
                    progress.Update((int)(bytes * Ticks / total), $"{CliProgress.Count(rows)} rows read", line);
                });
                result = await session.Get<ImportPoliceUk>().HandleAsync(sources, report, ct);
            }
            if (!result.Succeeded) return await ImportErrors.WriteAsync(context, result.Errors);

            var s = result.Value;
            await context.Out.WriteLineAsync(
                $"Imported {CliProgress.Count(s.StreetRows)} street-level rows and {CliProgress.Count(s.OutcomeRows)} outcome rows " +
                $"from {s.Files} file(s); {CliProgress.Count(s.ReplacedRows)} rows of earlier imports replaced.");
            await context.Out.WriteLineAsync(
                $"Kept: {CliProgress.Count(s.WithoutCoordinates)} rows without coordinates, {CliProgress.Count(s.WithoutLsoa)} without an LSOA, " +
                $"{CliProgress.Count(s.LsoaNotInLookup)} whose LSOA is not in the lookup, {CliProgress.Count(s.OutsideWards)} in wards that are not the force's.");
            foreach (var force in s.Forces)
                await context.Out.WriteLineAsync(
                    $"{force.Force}: {Month(force.First)} to {Month(force.Last)}, {force.MonthsPresent} month(s) held; " +
                    (force.Missing.Count == 0 ? "none missing." : "missing: " + string.Join(", ", force.Missing.Select(Month)) + "."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
