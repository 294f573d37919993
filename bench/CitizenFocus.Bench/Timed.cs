using System.Diagnostics;

namespace CitizenFocus.Bench;

/// <summary>
/// Wall time of one measured run and the CPU time this process used over it: on a shared machine a
/// wall time well above the CPU time says the run waited for a core (or, for a database, for the disk).
/// </summary>
internal sealed record Timed(TimeSpan Wall, TimeSpan Cpu)
{
    public static Timed Measure(Action run)
    {
        var (stopwatch, cpu) = Start();
        run();
        return Stop(stopwatch, cpu);
    }

    public static async Task<Timed> MeasureAsync(Func<Task> run)
    {
        var (stopwatch, cpu) = Start();
        await run();
        return Stop(stopwatch, cpu);
    }

    private static (Stopwatch, TimeSpan) Start() => (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime);

    private static Timed Stop(Stopwatch stopwatch, TimeSpan cpu) =>
        new(stopwatch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);

    public override string ToString() => $"{Wall.TotalMilliseconds:F0} ms (CPU {Cpu.TotalMilliseconds:F0} ms)";
}
