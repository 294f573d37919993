using CitizenFocus.CrimeAnalysis;

namespace CitizenFocus.Tests.CrimeAnalysis;

/// <summary>The quartic kernel, K(d) = 3/(π h²) (1 − d²/h²)² (Silverman 1986, eq. 4.5), on a grid.</summary>
public sealed class KernelDensityTests
{
    [Fact]
    public void Density_at_the_point_itself_is_three_over_pi_h_squared_per_square_kilometre()
    {
        // h = 100 m: 3 / (π × 10 000 m²) × 1 000 000 m²/km² = 95.4930 per km².
        var grid = KernelDensity.Quartic([(1_005, 2_005)], bandwidth: 100, cellSize: 10);
        var (column, row) = CellOf(grid, 1_005, 2_005);
        Assert.Equal(300 / Math.PI, grid[column, row], 9);
        Assert.Equal(95.4930, grid[column, row], 4);
    }

    [Fact]
    public void Density_half_a_bandwidth_away_is_nine_sixteenths_of_the_peak()
    {
        // (1 − (1/2)²)² = 9/16. The cell 5 columns east of the point's cell has its centre 50 m away.
        var grid = KernelDensity.Quartic([(1_005, 2_005)], bandwidth: 100, cellSize: 10);
        var (column, row) = CellOf(grid, 1_005, 2_005);
        Assert.Equal(300 / Math.PI * 9 / 16, grid[column + 5, row], 9);
    }

    [Fact]
    public void A_single_point_at_a_cell_centre_gives_a_symmetric_surface()
    {
        var grid = KernelDensity.Quartic([(1_005, 2_005)], bandwidth: 100, cellSize: 10);
        var (c, r) = CellOf(grid, 1_005, 2_005);
        for (var i = -10; i <= 10; i++)
        {
            for (var j = -10; j <= 10; j++)
            {
                var v = grid[c + i, r + j];
                Assert.Equal(v, grid[c - i, r + j], 12);
                Assert.Equal(v, grid[c + i, r - j], 12);
                Assert.Equal(v, grid[c + j, r + i], 12);
            }
        }
    }

    [Fact]
    public void Density_is_zero_beyond_the_bandwidth_and_positive_within_it()
    {
        var grid = KernelDensity.Quartic([(1_005, 2_005)], bandwidth: 100, cellSize: 10);
        var inside = 0;
        for (var row = 0; row < grid.Rows; row++)
        {
            for (var column = 0; column < grid.Columns; column++)
            {
                var (x, y) = grid.CellCentre(column, row);
                var d = Math.Sqrt((x - 1_005) * (x - 1_005) + (y - 2_005) * (y - 2_005));
                if (d >= 100) Assert.Equal(0, grid[column, row]);
                else
                {
                    Assert.True(grid[column, row] > 0, $"cell ({column}, {row}) at {d:0.0} m has no density");
                    inside++;
                }
            }
        }
        Assert.True(inside > 300, "a 100 m bandwidth on a 10 m grid should reach over 300 cells");
    }

    [Fact]
    public void Density_times_cell_area_sums_to_the_number_of_points()
    {
        (double, double)[] points = [(530_000, 180_000), (530_120, 180_040), (529_870, 180_300), (530_410, 179_760), (530_000, 180_000)];
        var grid = KernelDensity.Quartic(points, bandwidth: 200, cellSize: 10);
        var cellAreaKm2 = grid.CellSize * grid.CellSize / 1_000_000;
        Assert.Equal(5, grid.Values.Sum() * cellAreaKm2, 2);
    }

    [Fact]
    public void The_default_grid_covers_the_points_widened_by_the_bandwidth()
    {
        var grid = KernelDensity.Quartic([(1_005, 2_005), (1_195, 2_105)], bandwidth: 100, cellSize: 10);
        Assert.Equal(900, grid.OriginX);
        Assert.Equal(1_900, grid.OriginY);
        Assert.Equal(40, grid.Columns);
        Assert.Equal(31, grid.Rows);
    }

    [Fact]
    public void A_point_beyond_a_fixed_grid_still_adds_density_within_its_bandwidth()
    {
        // The point is 55 m west of the grid's first column centre (x = 5): (1 − 0.55²)² of the peak.
        var grid = KernelDensity.Quartic([(-50, 5)], bandwidth: 100, cellSize: 10, originX: 0, originY: 0, columns: 20, rows: 1);
        Assert.Equal(300 / Math.PI * Math.Pow(1 - 0.55 * 0.55, 2), grid[0, 0], 9);
        Assert.Equal(0, grid[10, 0]);
    }

    [Fact]
    public void A_bandwidth_of_zero_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => KernelDensity.Quartic([(0, 0)], bandwidth: 0, cellSize: 10));
        Assert.Equal("bandwidth", error.ParamName);
    }

    private static (int Column, int Row) CellOf(CellGrid grid, double x, double y) =>
        ((int)Math.Floor((x - grid.OriginX) / grid.CellSize), (int)Math.Floor((y - grid.OriginY) / grid.CellSize));
}
