namespace CitizenFocus.Bench.Latency;

/// <summary>One wrk run: latency percentiles in milliseconds, and how many requests and errors.</summary>
public sealed record LatencyFigures(double P50, double P95, double P99, long Requests, long Errors)
{
    public override string ToString() =>
        $"p50 {Format.Ms(P50)} ms, p95 {Format.Ms(P95)} ms, p99 {Format.Ms(P99)} ms, {Requests:N0} requests, {Errors:N0} errors";
}
