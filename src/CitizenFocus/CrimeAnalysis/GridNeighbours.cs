namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// Binary neighbour lists for the cells of a regular grid, each list including the cell itself as Gi* needs.
/// Cells are numbered as in <see cref="CellGrid.Values"/>: row × columns + column.
/// </summary>
public static class GridNeighbours
{
    /// <summary>Rook or queen contiguity plus the cell itself; cells on the edge simply have fewer neighbours.</summary>
    public static IReadOnlyList<int[]> Contiguous(int columns, int rows, Contiguity contiguity, CancellationToken ct = default)
    {
        CheckShape(columns, rows);
        if (!Enum.IsDefined(contiguity)) throw new ArgumentException($"Unknown contiguity {contiguity}.", nameof(contiguity));
        return Build(columns, rows, 1, (dc, dr) => contiguity == Contiguity.Queen || dc == 0 || dr == 0, ct);
    }

    /// <summary>
    /// A fixed distance band: every cell whose centre lies within <paramref name="distance"/> metres of the
    /// cell's centre, the cell itself included.
    /// </summary>
    public static IReadOnlyList<int[]> DistanceBand(int columns, int rows, double cellSize, double distance)
    {
        CheckShape(columns, rows);
        if (!(cellSize > 0) || !double.IsFinite(cellSize)) throw new ArgumentException("The cell size must be a positive number of metres.", nameof(cellSize));
        if (!(distance >= 0) || !double.IsFinite(distance)) throw new ArgumentException("The distance band must be a finite number of metres, zero or more.", nameof(distance));
        var reach = (int)Math.Floor(distance / cellSize);
        // A small tolerance so that a band of exactly one or two cell widths includes the cells at that distance.
        var limit = distance * distance * (1 + 1e-12);
        return Build(columns, rows, reach, (dc, dr) => (double)dc * dc * cellSize * cellSize + (double)dr * dr * cellSize * cellSize <= limit, default);
    }

    /// <summary>A grid may have millions of cells: the token is looked at once a row.</summary>
    private static int[][] Build(int columns, int rows, int reach, Func<int, int, bool> isNeighbour, CancellationToken ct)
    {
        var lists = new int[columns * rows][];
        var cell = new List<int>();
        for (var row = 0; row < rows; row++)
        {
            ct.ThrowIfCancellationRequested();
            for (var column = 0; column < columns; column++)
            {
                cell.Clear();
                for (var r = Math.Max(0, row - reach); r <= Math.Min(rows - 1, row + reach); r++)
                {
                    for (var c = Math.Max(0, column - reach); c <= Math.Min(columns - 1, column + reach); c++)
                    {
                        if (isNeighbour(c - column, r - row)) cell.Add(r * columns + c);
                    }
                }
                lists[row * columns + column] = [.. cell];
            }
        }
        return lists;
    }

    private static void CheckShape(int columns, int rows)
    {
        if (columns < 1 || rows < 1) throw new ArgumentException("A grid needs at least one column and one row.");
        if ((long)columns * rows > CellGrid.MaxCells) throw new ArgumentException($"A grid may have at most {CellGrid.MaxCells} cells.");
    }
}
