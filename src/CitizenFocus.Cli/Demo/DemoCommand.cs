using System.CommandLine;
using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.Demo;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Cli.Demo;

/// <summary><c>citizenfocus demo --scale small|met [--seed N]</c>: a generated force in an empty database.</summary>
internal static class DemoCommand
{
    /// <summary>The generator's stages as known here, to size the bar; a stage not listed extends it.</summary>
    private static readonly string[] ExpectedStages =
        ["organisation", "calls", "crimes", "survey answers", "team messages", "clocks", "clock events"];

    public static Command Create(CliContext context, GlobalOptions database)
    {
        var scale = new Option<DemoScale>("--scale")
        {
            Description = "small: 1 area, 2 boroughs, 30 wards; met: 5 areas, 32 boroughs, 630 wards at Met volumes.",
            HelpName = "small|met",
            Required = true,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed: the same seed on the same day gives the same data.",
            DefaultValueFactory = _ => DemoGenerator.DefaultSeed,
        };
        var command = new Command("demo", "Generate a demo force into an empty database.");
        command.Options.Add(scale);
        command.Options.Add(seed);
        command.SetAction(async (parse, ct) =>
        {
            await using var session = await CliSession.OpenAsync(parse, context, database, ct);
            if (session is null) return ExitCodes.Usage;
            if (await session.Db.Forces.AnyAsync(ct))
            {
                await context.Err.WriteLineAsync("The database already holds a force: the demo loads only into an empty database. Use another --sqlite-file or database.");
                return ExitCodes.Failed;
            }

            var chosenScale = parse.GetValue(scale);
            var chosenSeed = parse.GetValue(seed);
            DemoSummary summary;
            using (var progress = new CliProgress(context, ExpectedStages.Length,
                $"Generating the {chosenScale.ToString().ToLowerInvariant()} demo force (seed {chosenSeed}) in {session.Provider}"))
            {
                // The bar advances a tick per stage finished; rows within a stage show in its message.
                var seen = new List<string>();
                var report = new InlineProgress<DemoProgress>(p =>
                {
                    if (!seen.Contains(p.Stage)) seen.Add(p.Stage);
                    progress.Update(seen.Count - 1, p.Rows == 0 ? $"{p.Stage}…" : $"{p.Stage}: {CliProgress.Count(p.Rows)} rows");
                });
                summary = await session.Get<DemoGenerator>().GenerateAsync(chosenScale, chosenSeed, report, ct);
                progress.Update(Math.Max(seen.Count, ExpectedStages.Length), "done", line: false);
            }
            await WriteSummaryAsync(context.Out, summary);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task WriteSummaryAsync(TextWriter output, DemoSummary s)
    {
        (string Label, string Value)[] lines =
        [
            ("areas", CliProgress.Count(s.Areas)),
            ("boroughs", CliProgress.Count(s.Boroughs)),
            ("wards", CliProgress.Count(s.Wards)),
            ("teams", CliProgress.Count(s.Teams)),
            ("staff", CliProgress.Count(s.Staff)),
            ("calls", CliProgress.Count(s.Calls)),
            ("crimes", CliProgress.Count(s.Crimes)),
            ("survey answers", CliProgress.Count(s.SurveyAnswers)),
            ("team messages", CliProgress.Count(s.TeamMessages)),
            ("clock rows", CliProgress.Count(s.ClockRows)),
            ("total rows", CliProgress.Count(s.TotalRows)),
            ("elapsed", s.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"),
            ("rows/s", CliProgress.Count((long)s.RowsPerSecond)),
        ];
        await output.WriteLineAsync($"Demo force generated: scale {s.Scale.ToString().ToLowerInvariant()}, seed {s.Seed}");
        var width = lines.Max(l => l.Value.Length);
        foreach (var (label, value) in lines)
            await output.WriteLineAsync($"  {label,-15}{value.PadLeft(width)}");
    }
}
