using System.Diagnostics;
using System.Globalization;

namespace CitizenFocus.Bench.Latency;

/// <summary>
/// The method of bench/tools/latency-ratio, with a Cookie header added: wrk with a Lua done
/// callback printing p50/p95/p99 and counts; a warm-up run of the reference, then the reference,
/// then the page, in the same run.
/// </summary>
public sealed class Wrk(int connections, int seconds, string cookie)
{
    public const string Executable = "/usr/bin/wrk";

    private const string DoneScript = """
        done = function(summary, latency, requests)
          io.write(string.format("RESULT %.2f %.2f %.2f %d %d\n", latency:percentile(50)/1000, latency:percentile(95)/1000,
            latency:percentile(99)/1000, summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
        end
        """;

    /// <summary>Warm-up on the reference, then the reference, then the page.</summary>
    public async Task<(LatencyFigures Reference, LatencyFigures Page)> MeasureAsync(Uri reference, Uri page, CancellationToken ct)
    {
        var script = Path.Combine(Path.GetTempPath(), $"cf_bench_{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, DoneScript + "\n", ct);
        try
        {
            await RunAsync(script, reference, ct);
            var r = await RunAsync(script, reference, ct);
            var p = await RunAsync(script, page, ct);
            return (r, p);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private async Task<LatencyFigures> RunAsync(string script, Uri url, CancellationToken ct)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-t2", $"-c{connections}", $"-d{seconds}s", "-s", script, "-H", $"Cookie: {cookie}", url.ToString() })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start wrk.");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var line = (await output).Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no RESULT line (exit {process.ExitCode}): {await error}");
        var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new LatencyFigures(D(f[1]), D(f[2]), D(f[3]), long.Parse(f[4], CultureInfo.InvariantCulture), long.Parse(f[5], CultureInfo.InvariantCulture));
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
