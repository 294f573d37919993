namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// Values on a regular square grid in projected metres (for example British National Grid eastings and
/// northings). Cells are stored row by row from the south-west: cell (column, row) covers
/// x from <see cref="OriginX"/> + column × <see cref="CellSize"/> to one cell further east, and likewise
/// for y and row.
/// </summary>
public sealed class CellGrid
{
    /// <summary>The most cells a grid may have, so that a tiny cell size over a wide area fails plainly.</summary>
    public const int MaxCells = 25_000_000;

    private readonly double[] values;

    public CellGrid(double originX, double originY, double cellSize, int columns, int rows, double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!double.IsFinite(originX) || !double.IsFinite(originY)) throw new ArgumentException("The grid origin must be a finite position.");
        if (!(cellSize > 0) || !double.IsFinite(cellSize)) throw new ArgumentException("The cell size must be a positive number of metres.", nameof(cellSize));
        if (columns < 1 || rows < 1) throw new ArgumentException("A grid needs at least one column and one row.");
        if ((long)columns * rows != values.Length)
            throw new ArgumentException($"A grid of {columns} columns and {rows} rows needs {(long)columns * rows} values, not {values.Length}.", nameof(values));
        OriginX = originX;
        OriginY = originY;
        CellSize = cellSize;
        Columns = columns;
        Rows = rows;
        this.values = values;
    }

    public double OriginX { get; }
    public double OriginY { get; }
    public double CellSize { get; }
    public int Columns { get; }
    public int Rows { get; }

    /// <summary>The values row by row from the south-west corner; index = row × Columns + column.</summary>
    public IReadOnlyList<double> Values => values;

    public double this[int column, int row] => values[Index(column, row)];

    /// <summary>The position of cell (column, row) in <see cref="Values"/>.</summary>
    public int Index(int column, int row)
    {
        if (column < 0 || column >= Columns) throw new ArgumentException($"Column {column} is outside the grid's 0 to {Columns - 1}.", nameof(column));
        if (row < 0 || row >= Rows) throw new ArgumentException($"Row {row} is outside the grid's 0 to {Rows - 1}.", nameof(row));
        return row * Columns + column;
    }

    /// <summary>The centre of cell (column, row) in metres.</summary>
    public (double X, double Y) CellCentre(int column, int row) =>
        (OriginX + (column + 0.5) * CellSize, OriginY + (row + 0.5) * CellSize);

    /// <summary>
    /// Counts points per cell over their bounding box. Cell edges fall on whole multiples of the cell size,
    /// so the same points and cell size always give the same cells whatever the extent of a query.
    /// </summary>
    public static CellGrid CountPoints(IReadOnlyCollection<(double X, double Y)> points, double cellSize)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0) throw new ArgumentException("Counting points on a grid needs at least one point.", nameof(points));
        var (minX, minY, maxX, maxY) = Bounds(points);
        var grid = Snapped(minX, minY, maxX, maxY, cellSize);
        var counts = new double[grid.Columns * grid.Rows];
        foreach (var (x, y) in points)
        {
            var column = (int)(Math.Floor(x / cellSize) - Math.Floor(grid.OriginX / cellSize));
            var row = (int)(Math.Floor(y / cellSize) - Math.Floor(grid.OriginY / cellSize));
            counts[row * grid.Columns + column]++;
        }
        return new CellGrid(grid.OriginX, grid.OriginY, cellSize, grid.Columns, grid.Rows, counts);
    }

    internal static (double MinX, double MinY, double MaxX, double MaxY) Bounds(IEnumerable<(double X, double Y)> points)
    {
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity;
        double maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        foreach (var (x, y) in points)
        {
            if (!double.IsFinite(x) || !double.IsFinite(y)) throw new ArgumentException("Every point needs finite x and y in metres.", nameof(points));
            minX = Math.Min(minX, x);
            minY = Math.Min(minY, y);
            maxX = Math.Max(maxX, x);
            maxY = Math.Max(maxY, y);
        }
        return (minX, minY, maxX, maxY);
    }

    /// <summary>The grid of whole cells, edges on multiples of the cell size, that covers a rectangle.</summary>
    internal static (double OriginX, double OriginY, int Columns, int Rows) Snapped(double minX, double minY, double maxX, double maxY, double cellSize)
    {
        if (!(cellSize > 0) || !double.IsFinite(cellSize)) throw new ArgumentException("The cell size must be a positive number of metres.", nameof(cellSize));
        var firstColumn = Math.Floor(minX / cellSize);
        var firstRow = Math.Floor(minY / cellSize);
        var columns = Math.Floor(maxX / cellSize) - firstColumn + 1;
        var rows = Math.Floor(maxY / cellSize) - firstRow + 1;
        if (columns * rows > MaxCells)
            throw new ArgumentException($"A {cellSize} m grid over this area would have {columns * rows:0} cells, more than {MaxCells}; use a larger cell size.", nameof(cellSize));
        return (firstColumn * cellSize, firstRow * cellSize, (int)columns, (int)rows);
    }
}
