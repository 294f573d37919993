using System.Globalization;
using CitizenFocus.Common;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// The Knox test for near repeats, as the Near Repeat Calculator (Ratcliffe, 2009) runs it. Every
/// pair of events falls in a cell by how far apart the two are in space (distance bands) and in
/// days (time bands). The dates are then shuffled among the places many times, the places staying
/// fixed: that keeps where crime clusters and when it peaks, but breaks any link between the two.
/// A cell that holds more pairs than the shuffles give (ratio above 1, small p) says that events
/// close in space follow each other closely in time: near repeats.
/// </summary>
public static class NearRepeat
{
    /// <summary>
    /// Runs the test. A pure function: the same events (in the same order), parameters and seed give
    /// the same cells, whatever the machine and however many cores share the permutations: each
    /// permutation has its own random stream, derived from the seed and its number, and shuffles
    /// the dates in the input's order. So adding a band leaves the other cells as they were.
    /// A cancelled token (the request gone, or its time budget spent) throws
    /// <see cref="OperationCanceledException"/> within milliseconds: finding the pairs and every pass
    /// over them look at it, not only the loop over the permutations.
    /// </summary>
    public static Result<NearRepeatResult> Analyse(IReadOnlyList<NearRepeatEvent> events, NearRepeatParameters parameters,
        CancellationToken ct = default)
    {
        var errors = parameters.Validate().ToList();
        if (events.Count < 2)
            errors.Add(new ValidationError("Events", $"Give at least two events: the test counts pairs, and there {(events.Count == 1 ? "is one" : "are none")}"));
        for (var i = 0; i < events.Count && errors.Count < 20; i++)
        {
            var e = events[i];
            if (!double.IsFinite(e.X) || !double.IsFinite(e.Y))
                errors.Add(new ValidationError("Events", $"Event {e.Id} has no usable coordinates ({Text(e.X)}, {Text(e.Y)})", i + 1));
        }
        if (errors.Count > 0) return Result.Invalid(errors);

        var pairs = KnoxPairs.Build(events, parameters.DistanceBands, parameters.TimeBands, parameters.Metric, ct);
        if (pairs is null)
            return Result.Invalid(nameof(NearRepeatParameters.DistanceBands),
                string.Create(CultureInfo.InvariantCulture,
                    $"More than {KnoxPairs.MaxPairs:N0} pairs of events are within {Text(parameters.DistanceBands[^1])} of each other: use a smaller largest distance band, or fewer events"));

        var observed = pairs.CountObserved(ct);
        var (totals, atLeast) = Permute(pairs, observed, parameters.Permutations, parameters.Seed, ct);

        var n = parameters.Permutations;
        var cells = new List<NearRepeatCell>(pairs.DistanceBands * pairs.TimeBands);
        for (var d = 0; d < pairs.DistanceBands; d++)
        {
            for (var t = 0; t < pairs.TimeBands; t++)
            {
                var c = pairs.CellIndex(d, t);
                var expected = (double)totals[c] / n;
                cells.Add(new NearRepeatCell(
                    parameters.DistanceBands[d], parameters.DistanceBands[d + 1], parameters.TimeBands[t], parameters.TimeBands[t + 1],
                    observed[c], expected, expected > 0 ? observed[c] / expected : null, PValue(atLeast[c], n)));
            }
        }
        return new NearRepeatResult(parameters, events.Count, pairs.Count, cells);
    }

    /// <summary>
    /// The Monte Carlo p-value: (k + 1) ÷ (N + 1), where k of the N permutations gave a count at
    /// least the observed one. The observed arrangement counts as one of the N + 1, so p is never 0:
    /// its least value is 1 ÷ (N + 1).
    /// </summary>
    public static double PValue(long permutationsAtLeastObserved, int permutations) =>
        (permutationsAtLeastObserved + 1.0) / (permutations + 1.0);

    /// <summary>
    /// Sums each cell's count over the permutations, and counts the permutations that reach the
    /// observed count. Permutations go in batches of <see cref="KnoxPairs.Lanes"/>, one pass over
    /// the pairs each. Sums of whole numbers do not depend on the order the workers finish in.
    /// </summary>
    private static (long[] Totals, long[] AtLeast) Permute(KnoxPairs pairs, int[] observed, int permutations, int seed,
        CancellationToken ct)
    {
        var cells = observed.Length;
        var totals = new long[cells];
        var atLeast = new long[cells];
        var gate = new Lock();
        var batches = (permutations + KnoxPairs.Lanes - 1) / KnoxPairs.Lanes;
        Parallel.For(0, batches, new ParallelOptions { CancellationToken = ct },
            () => new Worker(pairs),
            (batch, _, worker) =>
            {
                var first = batch * KnoxPairs.Lanes;
                var lanes = Math.Min(KnoxPairs.Lanes, permutations - first);
                for (var lane = 0; lane < lanes; lane++)
                {
                    Array.Copy(pairs.Days, worker.Days, worker.Days.Length);
                    Shuffle(worker.Days, new SplitMix64(seed, first + lane));
                    pairs.SetLane(worker.LaneDays, lane, worker.Days);
                }
                pairs.CountCells(worker.LaneDays, lanes, worker.Counts, ct);
                for (var lane = 0; lane < lanes; lane++)
                {
                    for (var c = 0; c < cells; c++)
                    {
                        var count = worker.Counts[lane * cells + c];
                        worker.Totals[c] += count;
                        if (count >= observed[c]) worker.AtLeast[c]++;
                    }
                }
                return worker;
            },
            worker =>
            {
                lock (gate)
                {
                    for (var c = 0; c < cells; c++)
                    {
                        totals[c] += worker.Totals[c];
                        atLeast[c] += worker.AtLeast[c];
                    }
                }
            });
        return (totals, atLeast);
    }

    /// <summary>Fisher–Yates: every ordering of the days equally likely.</summary>
    private static void Shuffle(int[] days, SplitMix64 random)
    {
        for (var i = days.Length - 1; i > 0; i--)
        {
            var j = random.NextBelow(i + 1);
            (days[i], days[j]) = (days[j], days[i]);
        }
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Worker(KnoxPairs pairs)
    {
        public int[] Days { get; } = new int[pairs.Days.Length];
        public int[] LaneDays { get; } = pairs.NewLaneDays();
        public int[] Counts { get; } = new int[KnoxPairs.Lanes * pairs.Cells];
        public long[] Totals { get; } = new long[pairs.Cells];
        public long[] AtLeast { get; } = new long[pairs.Cells];
    }

    /// <summary>
    /// SplitMix64 (Steele, Lea and Flood, 2014), written out here rather than <see cref="Random"/> so
    /// that a seed gives the same shuffles on every runtime. Permutation k starts from the mixed
    /// value of (seed, k), so the permutations can run in any order on any number of cores.
    /// </summary>
    private struct SplitMix64(int seed, int permutation)
    {
        private ulong state = Mix(((ulong)(uint)seed << 32) | (uint)permutation);

        private static ulong Mix(ulong z)
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        private ulong Next() => Mix(state += 0x9E3779B97F4A7C15UL);

        /// <summary>A whole number from 0 to <paramref name="bound"/> − 1, without bias (Lemire, 2019).</summary>
        public int NextBelow(int bound)
        {
            var product = (Next() >> 32) * (ulong)bound;
            var low = (uint)product;
            if (low < (uint)bound)
            {
                var threshold = (uint)-bound % (uint)bound;
                while (low < threshold)
                {
                    product = (Next() >> 32) * (ulong)bound;
                    low = (uint)product;
                }
            }
            return (int)(product >> 32);
        }
    }
}
