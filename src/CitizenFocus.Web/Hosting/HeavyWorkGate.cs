using Microsoft.Extensions.Options;

namespace CitizenFocus.Web.Hosting;

/// <summary>
/// Counts the heavy work each reader has running, so that one person cannot take the server's cores and
/// memory by opening the same analysis in several tabs (or a script calling it in a loop). Each reader has
/// <see cref="HeavyWorkOptions.PerUser"/> places; others' places are their own, so one person's long
/// analysis never makes another wait. In memory: the limit is per server, which is where the cores are.
/// </summary>
public sealed class HeavyWorkGate(TimeProvider time, IOptions<HeavyWorkOptions> options)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<DateTimeOffset>> running = new(StringComparer.Ordinal);

    /// <summary>
    /// A place for one piece of the reader's heavy work, to dispose when it ends; null when the reader's places
    /// are all taken. Then <paramref name="retryAfter"/> is when the earliest of them must have ended: every
    /// piece is stopped at the time budget, so by then a place is free (and usually much sooner).
    /// </summary>
    public IDisposable? TryEnter(string reader, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (!running.TryGetValue(reader, out var started)) running[reader] = started = [];
            if (started.Count >= options.Value.PerUser)
            {
                var wait = started.Min() + options.Value.Budget - now;
                retryAfter = wait > TimeSpan.FromSeconds(1) ? wait : TimeSpan.FromSeconds(1);
                return null;
            }
            started.Add(now);
            retryAfter = TimeSpan.Zero;
            return new Place(this, reader, now);
        }
    }

    private void Leave(string reader, DateTimeOffset start)
    {
        lock (gate)
        {
            if (!running.TryGetValue(reader, out var started)) return;
            started.Remove(start);
            if (started.Count == 0) running.Remove(reader);
        }
    }

    private sealed class Place(HeavyWorkGate owner, string reader, DateTimeOffset start) : IDisposable
    {
        private int left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref left, 1) == 0) owner.Leave(reader, start);
        }
    }
}
