using System.Diagnostics;
using CitizenFocus.Demo;

namespace CitizenFocus.Bench.Demo;

/// <summary>
/// Receives demo progress, remembers when each stage started (the first report of a stage is made
/// synchronously by the generator, so its time is exact) and prints a progress line every few seconds.
/// </summary>
public sealed class StageClock(string label, TimeSpan every) : IProgress<DemoProgress>
{
    private readonly Lock gate = new();
    private readonly Stopwatch stopwatch = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Start)> starts = [];
    private readonly Dictionary<string, long> rows = [];
    private TimeSpan lastPrinted;

    public TimeSpan Elapsed => stopwatch.Elapsed;

    public void Report(DemoProgress value)
    {
        lock (gate)
        {
            var now = stopwatch.Elapsed;
            if (!rows.ContainsKey(value.Stage))
            {
                starts.Add((value.Stage, now));
                rows[value.Stage] = 0;
                Print(value.Stage, 0, now, "started");
            }
            if (value.Rows > rows[value.Stage]) rows[value.Stage] = value.Rows;
            if (now - lastPrinted >= every) Print(value.Stage, rows[value.Stage], now, null);
        }
    }

    /// <summary>The highest row count reported for a stage.</summary>
    public long Rows(string stage)
    {
        lock (gate)
        {
            return rows.GetValueOrDefault(stage);
        }
    }

    /// <summary>Marks the end of the last stage.</summary>
    public void Finish()
    {
        lock (gate)
        {
            starts.Add(("(end)", stopwatch.Elapsed));
        }
    }

    /// <summary>Each stage with its duration, in order.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Duration)> Stages()
    {
        lock (gate)
        {
            return starts.Zip(starts.Skip(1), (a, b) => (a.Stage, b.Start - a.Start)).ToList();
        }
    }

    private void Print(string stage, long count, TimeSpan now, string? note)
    {
        lastPrinted = now;
        Console.WriteLine(note is null
            ? $"  [{label} {Format.Duration(now)}] {stage}: {count:N0} rows"
            : $"  [{label} {Format.Duration(now)}] {stage}: {note}");
    }
}
