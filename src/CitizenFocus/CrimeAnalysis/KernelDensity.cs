namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// Kernel density estimation of points on a regular grid with the quartic (biweight) kernel, as in
/// CrimeStat and the ArcGIS Kernel Density tool used for crime mapping (Silverman 1986, eq. 4.5).
/// </summary>
public static class KernelDensity
{
    private const double SquareMetresPerSquareKilometre = 1_000_000;

    /// <summary>
    /// Density in points per square kilometre at the centre of every cell:
    /// Σ over points within the bandwidth h of 3 / (π h²) × (1 − d² / h²)², d being the distance from the
    /// cell centre to the point. Each point's kernel integrates to one, so the densities times the cell areas
    /// sum to the number of points (for points at least a bandwidth inside the grid). The grid covers the
    /// points' bounding box widened by the bandwidth on every side, its edges on multiples of the cell size.
    /// </summary>
    public static CellGrid Quartic(IReadOnlyCollection<(double X, double Y)> points, double bandwidth, double cellSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0) throw new ArgumentException("Kernel density over the points' extent needs at least one point; give the extent to map none.", nameof(points));
        CheckBandwidth(bandwidth);
        var (minX, minY, maxX, maxY) = CellGrid.Bounds(points);
        var (originX, originY, columns, rows) = CellGrid.Snapped(minX - bandwidth, minY - bandwidth, maxX + bandwidth, maxY + bandwidth, cellSize);
        return Quartic(points, bandwidth, cellSize, originX, originY, columns, rows, ct);
    }

    /// <summary>
    /// As <see cref="Quartic(IReadOnlyCollection{ValueTuple{double, double}}, double, double)"/> on a grid of
    /// the caller's choosing (for example a borough's extent, so that maps of different periods line up).
    /// Points outside the grid still add density to the cells within their bandwidth. A small cell under a
    /// wide bandwidth touches thousands of cells a point, so the token is looked at once a point.
    /// </summary>
    public static CellGrid Quartic(IReadOnlyCollection<(double X, double Y)> points, double bandwidth, double cellSize, double originX, double originY, int columns, int rows,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        CheckBandwidth(bandwidth);
        if ((long)columns * rows > CellGrid.MaxCells) throw new ArgumentException($"A grid may have at most {CellGrid.MaxCells} cells; use a larger cell size.", nameof(cellSize));
        // The constructor checks the shape; build it first so that a bad grid fails before any work.
        var densities = new double[Math.Max(0, columns) * Math.Max(0, rows)];
        var grid = new CellGrid(originX, originY, cellSize, columns, rows, densities);

        var h2 = bandwidth * bandwidth;
        var scale = 3 / (Math.PI * h2) * SquareMetresPerSquareKilometre;
        foreach (var (x, y) in points)
        {
            ct.ThrowIfCancellationRequested();
            if (!double.IsFinite(x) || !double.IsFinite(y)) throw new ArgumentException("Every point needs finite x and y in metres.", nameof(points));
            if (x + bandwidth < originX || x - bandwidth > originX + columns * cellSize
                || y + bandwidth < originY || y - bandwidth > originY + rows * cellSize) continue;
            // Only cells whose centres may lie within the bandwidth.
            var firstColumn = Math.Max(0, (int)Math.Floor((x - bandwidth - originX) / cellSize));
            var lastColumn = Math.Min(columns - 1, (int)Math.Floor((x + bandwidth - originX) / cellSize));
            var firstRow = Math.Max(0, (int)Math.Floor((y - bandwidth - originY) / cellSize));
            var lastRow = Math.Min(rows - 1, (int)Math.Floor((y + bandwidth - originY) / cellSize));
            for (var row = firstRow; row <= lastRow; row++)
            {
                var dy = originY + (row + 0.5) * cellSize - y;
                for (var column = firstColumn; column <= lastColumn; column++)
                {
                    var dx = originX + (column + 0.5) * cellSize - x;
                    var d2 = dx * dx + dy * dy;
                    if (d2 >= h2) continue;
                    var u = 1 - d2 / h2;
                    densities[row * columns + column] += scale * u * u;
                }
            }
        }
        return grid;
    }

    private static void CheckBandwidth(double bandwidth)
    {
        if (!(bandwidth > 0) || !double.IsFinite(bandwidth)) throw new ArgumentException("The bandwidth must be a positive number of metres.", nameof(bandwidth));
    }
}
