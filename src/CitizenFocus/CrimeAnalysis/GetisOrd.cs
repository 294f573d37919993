using MathNet.Numerics.Distributions;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>Gi* z-scores and their two-sided normal p-values, one of each per cell or area.</summary>
public sealed record GiStarScores(IReadOnlyList<double> Z, IReadOnlyList<double> PValues);

/// <summary>A grid of point counts with the Gi* z-score and p-value of every cell, each as a grid of the same shape.</summary>
public sealed record GridHotSpots(CellGrid Counts, CellGrid Z, CellGrid PValues);

/// <summary>
/// The Getis–Ord Gi* local statistic for hot spots (Ord and Getis 1995, Geographical Analysis 27:286–306),
/// with binary weights, computed as R's spdep::localG does when the neighbour lists include each area itself.
/// </summary>
public static class GetisOrd
{
    /// <summary>
    /// Gi*_i = (Σ_j w_ij x_j − x̄ W_i) / (S √((n W_i − W_i²) / (n − 1))), with S² = Σx²/n − x̄², W_i the number
    /// of neighbours of i (i itself included) and all sums over every area. Each neighbour list must contain
    /// its own index. When every value is the same, or an area neighbours every area, there is nothing to
    /// compare and its z is 0 (p = 1). A grid may have millions of cells, so the token is looked at as the
    /// areas are scored.
    /// </summary>
    public static GiStarScores GiStar(IReadOnlyList<double> values, IReadOnlyList<int[]> neighbours, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(neighbours);
        var n = values.Count;
        if (n < 2) throw new ArgumentException("Gi* needs at least two areas.", nameof(values));
        if (neighbours.Count != n)
            throw new ArgumentException($"There are {n} values but {neighbours.Count} neighbour lists; they must match.", nameof(neighbours));

        double sum = 0;
        foreach (var x in values)
        {
            if (!double.IsFinite(x)) throw new ArgumentException("Every value must be a finite number.", nameof(values));
            sum += x;
        }
        var mean = sum / n;
        // Σ(x − x̄)²/n equals Σx²/n − x̄² but is exactly zero when every value is the same.
        double squares = 0;
        foreach (var x in values) squares += (x - mean) * (x - mean);
        var s = Math.Sqrt(squares / n);

        var z = new double[n];
        var p = new double[n];
        for (var i = 0; i < n; i++)
        {
            if ((i & 4095) == 0) ct.ThrowIfCancellationRequested();
            var list = neighbours[i] ?? throw new ArgumentException($"Area {i} has no neighbour list.", nameof(neighbours));
            CheckList(i, list, n);
            double local = 0;
            foreach (var j in list) local += values[j];
            double w = list.Length;
            var spread = s * Math.Sqrt((n * w - w * w) / (n - 1));
            z[i] = spread > 0 ? (local - mean * w) / spread : 0;
            p[i] = TwoSidedPValue(z[i]);
        }
        return new GiStarScores(z, p);
    }

    /// <summary>The two-sided p-value of a z-score under the standard normal: 2 Φ(−|z|).</summary>
    public static double TwoSidedPValue(double z)
    {
        if (double.IsNaN(z)) throw new ArgumentException("A z-score cannot be NaN.", nameof(z));
        return Math.Min(1, 2 * Normal.CDF(0, 1, -Math.Abs(z)));
    }

    /// <summary>
    /// Counts points per cell over their bounding box (<see cref="CellGrid.CountPoints"/>) and scores every
    /// cell with Gi* using rook or queen contiguity plus the cell itself. Queen is the usual choice for
    /// hot-spot grids: a cluster that straddles a corner still counts.
    /// </summary>
    public static GridHotSpots HotSpotsOnGrid(IReadOnlyCollection<(double X, double Y)> points, double cellSize, Contiguity contiguity = Contiguity.Queen)
    {
        var counts = CellGrid.CountPoints(points, cellSize);
        return Score(counts, GridNeighbours.Contiguous(counts.Columns, counts.Rows, contiguity));
    }

    /// <summary>
    /// As <see cref="HotSpotsOnGrid(IReadOnlyCollection{ValueTuple{double, double}}, double, Contiguity)"/>, but a
    /// cell's neighbours are all cells whose centres lie within <paramref name="distanceBand"/> metres of its own.
    /// </summary>
    public static GridHotSpots HotSpotsOnGrid(IReadOnlyCollection<(double X, double Y)> points, double cellSize, double distanceBand)
    {
        var counts = CellGrid.CountPoints(points, cellSize);
        return Score(counts, GridNeighbours.DistanceBand(counts.Columns, counts.Rows, cellSize, distanceBand));
    }

    private static GridHotSpots Score(CellGrid counts, IReadOnlyList<int[]> neighbours)
    {
        if (counts.Values.Count < 2) throw new ArgumentException("The points fall in a single cell; Gi* needs at least two cells. Use a smaller cell size.");
        var scores = GiStar(counts.Values, neighbours);
        return new GridHotSpots(
            counts,
            new CellGrid(counts.OriginX, counts.OriginY, counts.CellSize, counts.Columns, counts.Rows, [.. scores.Z]),
            new CellGrid(counts.OriginX, counts.OriginY, counts.CellSize, counts.Columns, counts.Rows, [.. scores.PValues]));
    }

    private static void CheckList(int i, int[] list, int n)
    {
        var self = false;
        var seen = new HashSet<int>();
        foreach (var j in list)
        {
            if (j < 0 || j >= n) throw new ArgumentException($"Area {i} lists neighbour {j}, outside 0 to {n - 1}.", "neighbours");
            if (!seen.Add(j)) throw new ArgumentException($"Area {i} lists neighbour {j} twice.", "neighbours");
            self |= j == i;
        }
        if (!self) throw new ArgumentException($"Gi* counts each area as its own neighbour, but area {i}'s list leaves it out.", "neighbours");
    }
}
