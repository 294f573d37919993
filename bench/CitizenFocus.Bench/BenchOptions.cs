using System.Globalization;
using CitizenFocus.Demo;

namespace CitizenFocus.Bench;

/// <summary>Options shared by the benchmarks; each uses the ones that apply to it.</summary>
public sealed record BenchOptions
{
    public DemoScale Scale { get; init; } = DemoScale.Met;
    public int Seed { get; init; } = DemoGenerator.DefaultSeed;
    public string? Postgres { get; init; }
    public bool Rebuild { get; init; }
    public int? SqliteCacheMb { get; init; }
    public bool NoBuild { get; init; }
    public int Seconds { get; init; } = 10;
    public int Connections { get; init; } = 16;

    /// <summary>police-uk-import: only the breakdown of the product's time (diagnostic; no DuckDB, no target).</summary>
    public bool BreakdownOnly { get; init; }

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--scale" => options with
                {
                    Scale = Enum.TryParse<DemoScale>(Value(), ignoreCase: true, out var s) ? s : throw new ArgumentException("--scale is small or met."),
                },
                "--seed" => options with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--postgres" => options with { Postgres = Value() },
                "--rebuild" => options with { Rebuild = true },
                "--sqlite-cache-mb" => options with { SqliteCacheMb = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--no-build" => options with { NoBuild = true },
                "--breakdown-only" => options with { BreakdownOnly = true },
                "--seconds" => options with { Seconds = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--connections" => options with { Connections = int.Parse(Value(), CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        return options;
    }
}
