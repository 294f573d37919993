namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// The pairs of events close enough in space to fall in a distance band, found once, so that each
/// permutation of the dates only re-reads the days of the pairs that matter instead of looking at
/// all n(n − 1)/2 pairs. Events are renumbered in grid order, which keeps the days a pair reads
/// near each other in memory.
/// </summary>
internal sealed class KnoxPairs
{
    /// <summary>Twelve bytes a pair: 1.2 GB. A table this dense needs a narrower largest distance band.</summary>
    public const int MaxPairs = 100_000_000;

    /// <summary>One pair: two events (grid order) and the first cell of its distance band's row.</summary>
    internal struct Pair
    {
        public int First;
        public int Second;
        public int RowStart;
    }

    private readonly Pair[] pairs;
    private readonly int[] timeColumn;
    private readonly int maxDifference;

    private KnoxPairs(Pair[] pairs, int count, int[] days, int[] timeColumn, int distanceBands, int timeBands)
    {
        this.pairs = pairs;
        Count = count;
        Days = days;
        this.timeColumn = timeColumn;
        maxDifference = timeColumn.Length - 1;
        DistanceBands = distanceBands;
        TimeBands = timeBands;
    }

    public int Count { get; }

    /// <summary>The day of each event (<see cref="DateOnly.DayNumber"/>), in grid order: what the permutations shuffle.</summary>
    public int[] Days { get; }

    public int DistanceBands { get; }
    public int TimeBands { get; }

    /// <summary>Cells per distance band's row: the time bands and one more for pairs in no time band.</summary>
    public int Stride => TimeBands + 1;

    /// <summary>Length of the array that <see cref="CountCells"/> fills.</summary>
    public int CountsLength => DistanceBands * Stride;

    /// <summary>The count of cell (distance band d, time band t) in a counts array.</summary>
    public int CellIndex(int distanceBand, int timeBand) => distanceBand * Stride + timeBand;

    /// <summary>
    /// Finds the pairs less than the last distance boundary apart and not less than the first.
    /// Events are put in square grid cells at least that wide, so a pair can only be in the same
    /// cell or in neighbouring ones; each pair of neighbouring cells is visited once. Null when
    /// there are more than <see cref="MaxPairs"/> pairs.
    /// </summary>
    public static KnoxPairs? Build(IReadOnlyList<NearRepeatEvent> events, IReadOnlyList<double> distanceBoundaries,
        IReadOnlyList<int> timeBoundaries, DistanceMetric metric)
    {
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
            days[i] = e.Date.DayNumber;
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

        var stride = timeBoundaries.Count;
        var bounds = distanceBoundaries.ToArray();
        var found = new Pair[Math.Min(Math.Max(16, n * 4), MaxPairs)];
        var count = 0;
        long[] neighbours = [1, rows - 1, rows, rows + 1];
        var keyArray = cellKeys.ToArray();
        for (var c = 0; c < keyArray.Length; c++)
        {
            int from = cellStarts[c], to = cellStarts[c + 1];
            for (var i = from; i < to; i++)
                for (var j = i + 1; j < to; j++)
                    if (!TryAdd(i, j)) return null;
            foreach (var step in neighbours)
            {
                var other = Array.BinarySearch(keyArray, keyArray[c] + step);
                if (other < 0) continue;
                int otherFrom = cellStarts[other], otherTo = cellStarts[other + 1];
                for (var i = from; i < to; i++)
                    for (var j = otherFrom; j < otherTo; j++)
                        if (!TryAdd(i, j)) return null;
            }
        }

        return new KnoxPairs(found, count, days, TimeColumns(timeBoundaries, maxDay - minDay), distanceBoundaries.Count - 1, timeBoundaries.Count - 1);

        bool TryAdd(int i, int j)
        {
            var dx = Math.Abs(xs[i] - xs[j]);
            var dy = Math.Abs(ys[i] - ys[j]);
            if (dx >= reach || dy >= reach) return true;
            var distance = metric == DistanceMetric.Manhattan ? dx + dy : Math.Sqrt(dx * dx + dy * dy);
            if (distance >= reach || distance < bounds[0]) return true;
            var band = 0;
            while (bounds[band + 1] <= distance) band++;
            if (count == found.Length)
            {
                if (count == MaxPairs) return false;
                Array.Resize(ref found, (int)Math.Min(2L * count, MaxPairs));
            }
            found[count++] = new Pair { First = i, Second = j, RowStart = band * stride };
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

    /// <summary>Counts the pairs in each cell when event i happened on <paramref name="days"/>[i].</summary>
    public void CountCells(int[] days, int[] counts)
    {
        Array.Clear(counts);
        var all = pairs.AsSpan(0, Count);
        var columns = timeColumn;
        var limit = maxDifference;
        for (var p = 0; p < all.Length; p++)
        {
            ref readonly var pair = ref all[p];
            var difference = Math.Abs(days[pair.First] - days[pair.Second]);
            counts[pair.RowStart + columns[Math.Min(difference, limit)]]++;
        }
    }
}
