using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// The pairs of events close enough in space to fall in a distance band, found once, so that each
/// permutation of the dates only re-reads the days of the pairs that matter instead of looking at
/// all n(n − 1)/2 pairs. Events are numbered in grid order, which keeps the days a pair reads near
/// each other in memory. Dates are counted <see cref="Lanes"/> arrangements at a time: each event's
/// days in the eight arrangements sit side by side, so one pass over the pairs serves eight
/// permutations with vector arithmetic.
/// </summary>
internal sealed class KnoxPairs
{
    /// <summary>Eight bytes a pair: 800 MB. A table this dense needs a narrower largest distance band.</summary>
    public const int MaxPairs = 100_000_000;

    /// <summary>Arrangements of the dates counted in one pass: the ints in a 256-bit vector.</summary>
    public const int Lanes = 8;

    /// <summary>
    /// Pairs counted between two looks at the cancellation token: a pass over 100 million pairs takes
    /// a good part of a second, and a request that has gone (or run out of time) should stop within
    /// milliseconds, while one look per pair would cost the vector loop its speed.
    /// </summary>
    private const int PairsPerCheck = 1 << 16;

    /// <summary>Two events, by their number in grid order.</summary>
    internal struct Pair
    {
        public int First;
        public int Second;
    }

    /// <summary>The pairs of each distance band: the band is known from where a pair is stored, not stored with it.</summary>
    private readonly Pair[][] bands;
    private readonly int[] bandCounts;
    private readonly int[] order;
    private readonly int[] timeBoundaries;
    private readonly int[] timeColumn;
    private readonly int maxDifference;
    private readonly bool vectors;

    private KnoxPairs(Pair[][] bands, int[] bandCounts, int[] order, int[] days, IReadOnlyList<int> timeBoundaries, int span)
    {
        this.bands = bands;
        this.bandCounts = bandCounts;
        this.order = order;
        Days = days;
        this.timeBoundaries = [.. timeBoundaries];
        Count = bandCounts.Sum();
        DistanceBands = bands.Length;
        TimeBands = timeBoundaries.Count - 1;
        vectors = timeBoundaries.Count <= Lanes && Vector256.IsHardwareAccelerated;
        timeColumn = vectors ? [] : TimeColumns(timeBoundaries, span);
        maxDifference = timeColumn.Length - 1;
    }

    public int Count { get; }

    /// <summary>The day of each event (<see cref="DateOnly.DayNumber"/>), in the input's order: what the permutations shuffle.</summary>
    public int[] Days { get; }

    public int DistanceBands { get; }
    public int TimeBands { get; }

    /// <summary>Cells in one arrangement's table: distance bands by time bands.</summary>
    public int Cells => DistanceBands * TimeBands;

    /// <summary>The count of cell (distance band d, time band t) in one arrangement's table.</summary>
    public int CellIndex(int distanceBand, int timeBand) => distanceBand * TimeBands + timeBand;

    /// <summary>
    /// Puts an arrangement of the dates (in the input's order) in one lane of
    /// <paramref name="laneDays"/>, which holds <see cref="Lanes"/> days per event in grid order.
    /// Shuffling in the input's order keeps a seed's permutations independent of the grid, which
    /// changes with the largest distance band.
    /// </summary>
    public void SetLane(int[] laneDays, int lane, int[] days)
    {
        for (var g = 0; g < order.Length; g++) laneDays[g * Lanes + lane] = days[order[g]];
    }

    /// <summary>A lane array for <see cref="SetLane"/> and <see cref="CountCells"/>.</summary>
    public int[] NewLaneDays() => new int[order.Length * Lanes];

    /// <summary>The table of the dates as recorded.</summary>
    public int[] CountObserved(CancellationToken ct = default)
    {
        var laneDays = NewLaneDays();
        SetLane(laneDays, 0, Days);
        var counts = new int[Lanes * Cells];
        CountCells(laneDays, 1, counts, ct);
        return counts[..Cells];
    }

    /// <summary>
    /// Finds the pairs less than the last distance boundary apart and not less than the first.
    /// Events are put in square grid cells at least that wide, so a pair can only be in the same
    /// cell or in neighbouring ones; each pair of neighbouring cells is visited once. Null when
    /// there are more than <see cref="MaxPairs"/> pairs. The token is looked at once per event of each
    /// cell visited: with every event in one cell that is once per n comparisons, so a cancelled run
    /// stops within milliseconds even while it is still finding pairs.
    /// </summary>
    public static KnoxPairs? Build(IReadOnlyList<NearRepeatEvent> events, IReadOnlyList<double> distanceBoundaries,
        IReadOnlyList<int> timeBoundaries, DistanceMetric metric, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var n = events.Count;
        var reach = distanceBoundaries[^1];
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        var minDay = int.MaxValue;
        var maxDay = int.MinValue;
        for (var i = 0; i < n; i++)
        {
            var e = events[i];
            minX = Math.Min(minX, e.X);
            maxX = Math.Max(maxX, e.X);
            minY = Math.Min(minY, e.Y);
            maxY = Math.Max(maxY, e.Y);
            minDay = Math.Min(minDay, e.Date.DayNumber);
            maxDay = Math.Max(maxDay, e.Date.DayNumber);
        }

        // Wider cells than the reach are still correct (neighbours are still enough); they keep the
        // cell numbers in range when the reach is tiny next to the area.
        var cellSize = Math.Max(reach, Math.Max(maxX - minX, maxY - minY) / (1 << 30));
        var rows = (long)((maxY - minY) / cellSize) + 3;
        // Row 0 stays empty, so that the cell below row 1 of the next column is not row 1's neighbour.
        var keys = new long[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            var e = events[i];
            keys[i] = (long)((e.X - minX) / cellSize) * rows + (long)((e.Y - minY) / cellSize) + 1;
            order[i] = i;
        }
        Array.Sort(keys, order);
        // Array.Sort is not stable: within a grid cell, keep the input order so the numbering is the same on every run and runtime.
        for (int start = 0, end; start < n; start = end)
        {
            for (end = start + 1; end < n && keys[end] == keys[start]; end++) { }
            if (end - start > 1) Array.Sort(order, start, end - start);
        }

        var xs = new double[n];
        var ys = new double[n];
        var days = new int[n];
        for (var i = 0; i < n; i++)
        {
            var e = events[order[i]];
            xs[i] = e.X;
            ys[i] = e.Y;
            days[i] = events[i].Date.DayNumber;
        }

        var cellKeys = new List<long>();
        var cellStarts = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (i == 0 || keys[i] != keys[i - 1])
            {
                cellKeys.Add(keys[i]);
                cellStarts.Add(i);
            }
        }
        cellStarts.Add(n);

        var bounds = distanceBoundaries.ToArray();
        var found = new Pair[bounds.Length - 1][];
        for (var b = 0; b < found.Length; b++) found[b] = new Pair[Math.Max(16, n / found.Length)];
        var counts = new int[found.Length];
        var count = 0;
        long[] neighbours = [1, rows - 1, rows, rows + 1];
        var keyArray = cellKeys.ToArray();
        for (var c = 0; c < keyArray.Length; c++)
        {
            int from = cellStarts[c], to = cellStarts[c + 1];
            for (var i = from; i < to; i++)
            {
                ct.ThrowIfCancellationRequested();
                for (var j = i + 1; j < to; j++)
                    if (!TryAdd(i, j)) return null;
            }
            foreach (var step in neighbours)
            {
                var other = Array.BinarySearch(keyArray, keyArray[c] + step);
                if (other < 0) continue;
                int otherFrom = cellStarts[other], otherTo = cellStarts[other + 1];
                for (var i = from; i < to; i++)
                {
                    ct.ThrowIfCancellationRequested();
                    for (var j = otherFrom; j < otherTo; j++)
                        if (!TryAdd(i, j)) return null;
                }
            }
        }

        return new KnoxPairs(found, counts, order, days, timeBoundaries, maxDay - minDay);

        bool TryAdd(int i, int j)
        {
            var dx = Math.Abs(xs[i] - xs[j]);
            var dy = Math.Abs(ys[i] - ys[j]);
            if (dx >= reach || dy >= reach) return true;
            var distance = metric == DistanceMetric.Manhattan ? dx + dy : Math.Sqrt(dx * dx + dy * dy);
            if (distance >= reach || distance < bounds[0]) return true;
            var band = 0;
            while (bounds[band + 1] <= distance) band++;
            if (count == MaxPairs) return false;
            count++;
            if (counts[band] == found[band].Length) Array.Resize(ref found[band], (int)Math.Min(2L * counts[band], MaxPairs));
            found[band][counts[band]++] = new Pair { First = i, Second = j };
            return true;
        }
    }

    /// <summary>
    /// The time band of each difference in days, up to the largest that can occur; the last entry
    /// stands for every larger difference. Differences in no band map to the spare column.
    /// </summary>
    private static int[] TimeColumns(IReadOnlyList<int> boundaries, int span)
    {
        var outside = boundaries.Count - 1;
        var length = (int)Math.Min(boundaries[^1], span + 1L);
        var column = new int[length + 1];
        var band = -1;
        for (var d = 0; d < length; d++)
        {
            while (band + 1 < boundaries.Count && boundaries[band + 1] <= d) band++;
            column[d] = band < 0 || band >= outside ? outside : band;
        }
        column[length] = outside;
        return column;
    }

    /// <summary>
    /// Counts the pairs in each cell for the first <paramref name="lanesUsed"/> arrangements in
    /// <paramref name="laneDays"/>; lane L's table starts at L × <see cref="Cells"/> in
    /// <paramref name="counts"/>. Looks at the token every <see cref="PairsPerCheck"/> pairs.
    /// </summary>
    public void CountCells(int[] laneDays, int lanesUsed, int[] counts, CancellationToken ct = default)
    {
        // The loops read without bounds checks: the arrays must be the sizes they assume.
        if (laneDays.Length != order.Length * Lanes) throw new ArgumentException($"Expected {Lanes} days for each of {order.Length} events.", nameof(laneDays));
        if (counts.Length != Lanes * Cells) throw new ArgumentException($"Expected {Lanes * Cells} counters.", nameof(counts));
        if (lanesUsed is < 1 or > Lanes) throw new ArgumentOutOfRangeException(nameof(lanesUsed));
        ct.ThrowIfCancellationRequested();
        Array.Clear(counts);
        if (vectors) CountWithVectors(laneDays, counts, ct);
        else
            for (var lane = 0; lane < lanesUsed; lane++) CountOneLane(laneDays, lane, counts, ct);
    }

    /// <summary>
    /// Eight arrangements at once. For each pair, the differences in days of the eight are
    /// compared with every time boundary at once: below[k] counts the pairs less than boundary k
    /// apart, and a band's count is the difference of its two boundaries' counts. The
    /// accumulators stay in registers, so no counter in memory waits on the one before.
    /// </summary>
    private void CountWithVectors(int[] laneDays, int[] counts, CancellationToken ct)
    {
        ref var days = ref MemoryMarshal.GetArrayDataReference(laneDays);
        Span<int> bound = stackalloc int[Lanes];
        bound.Fill(int.MinValue); // no difference is below a missing boundary, so it adds nothing
        timeBoundaries.CopyTo(bound);
        Vector256<int> t0 = Vector256.Create(bound[0]), t1 = Vector256.Create(bound[1]), t2 = Vector256.Create(bound[2]),
            t3 = Vector256.Create(bound[3]), t4 = Vector256.Create(bound[4]), t5 = Vector256.Create(bound[5]),
            t6 = Vector256.Create(bound[6]), t7 = Vector256.Create(bound[7]);
        Span<int> below = stackalloc int[Lanes * Lanes];
        for (var band = 0; band < bands.Length; band++)
        {
            // Each compare gives −1 where true, so these are minus the counts.
            Vector256<int> b0 = default, b1 = default, b2 = default, b3 = default, b4 = default, b5 = default, b6 = default, b7 = default;
            ref var pair = ref MemoryMarshal.GetArrayDataReference(bands[band]);
            var count = bandCounts[band];
            for (var start = 0; start < count; start += PairsPerCheck)
            {
                ct.ThrowIfCancellationRequested();
                var end = Math.Min(count, start + PairsPerCheck);
                for (var p = start; p < end; p++)
                {
                    ref var pr = ref Unsafe.Add(ref pair, p);
                    var difference = Vector256.Abs(
                        Vector256.LoadUnsafe(ref days, (nuint)pr.First * Lanes) - Vector256.LoadUnsafe(ref days, (nuint)pr.Second * Lanes));
                    b0 += Vector256.LessThan(difference, t0);
                    b1 += Vector256.LessThan(difference, t1);
                    b2 += Vector256.LessThan(difference, t2);
                    b3 += Vector256.LessThan(difference, t3);
                    b4 += Vector256.LessThan(difference, t4);
                    b5 += Vector256.LessThan(difference, t5);
                    b6 += Vector256.LessThan(difference, t6);
                    b7 += Vector256.LessThan(difference, t7);
                }
            }
            b0.CopyTo(below);
            b1.CopyTo(below[Lanes..]);
            b2.CopyTo(below[(2 * Lanes)..]);
            b3.CopyTo(below[(3 * Lanes)..]);
            b4.CopyTo(below[(4 * Lanes)..]);
            b5.CopyTo(below[(5 * Lanes)..]);
            b6.CopyTo(below[(6 * Lanes)..]);
            b7.CopyTo(below[(7 * Lanes)..]);
            for (var lane = 0; lane < Lanes; lane++)
                for (var t = 0; t < TimeBands; t++)
                    counts[lane * Cells + CellIndex(band, t)] = below[t * Lanes + lane] - below[(t + 1) * Lanes + lane];
        }
    }

    /// <summary>
    /// One arrangement, by looking up each difference's time band: for more time bands than a
    /// vector has room for, or hardware without vectors.
    /// </summary>
    private void CountOneLane(int[] laneDays, int lane, int[] counts, CancellationToken ct)
    {
        ref var days = ref MemoryMarshal.GetArrayDataReference(laneDays);
        ref var column = ref MemoryMarshal.GetArrayDataReference(timeColumn);
        var limit = maxDifference;
        // Two sets of counters, alternating, so that most increments do not wait on the one before.
        Span<int> row = stackalloc int[2 * (TimeBands + 1)];
        ref var even = ref row[0];
        ref var odd = ref row[TimeBands + 1];
        for (var band = 0; band < bands.Length; band++)
        {
            row.Clear();
            ref var pair = ref MemoryMarshal.GetArrayDataReference(bands[band]);
            var count = bandCounts[band];
            var p = 0;
            while (p + 2 <= count)
            {
                ct.ThrowIfCancellationRequested();
                var end = (int)Math.Min(count, (long)p + PairsPerCheck);
                for (; p + 2 <= end; p += 2)
                {
                    Unsafe.Add(ref even, Column(ref days, ref column, limit, lane, ref Unsafe.Add(ref pair, p)))++;
                    Unsafe.Add(ref odd, Column(ref days, ref column, limit, lane, ref Unsafe.Add(ref pair, p + 1)))++;
                }
            }
            if (p < count) Unsafe.Add(ref even, Column(ref days, ref column, limit, lane, ref Unsafe.Add(ref pair, p)))++;
            for (var t = 0; t < TimeBands; t++)
                counts[lane * Cells + CellIndex(band, t)] = row[t] + row[TimeBands + 1 + t];
        }
    }

    /// <summary>
    /// The time column of a pair in one lane, without bounds checks: events are numbered
    /// 0..n − 1, and the difference in days is capped at the last entry of the time columns.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Column(ref int days, ref int column, int limit, int lane, ref Pair pair) =>
        Unsafe.Add(ref column, Math.Min(Math.Abs(
            Unsafe.Add(ref days, pair.First * Lanes + lane) - Unsafe.Add(ref days, pair.Second * Lanes + lane)), limit));
}
