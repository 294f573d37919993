namespace CitizenFocus.Bench;

/// <summary>A scale run chosen by name on the command line. Each prints its figure and a ratio against a reference measured in the same run.</summary>
public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    /// <summary>Returns the process exit code: 0 when the run completed and met its target, 1 when it missed the target.</summary>
    Task<int> RunAsync(BenchOptions options, CancellationToken ct);
}
