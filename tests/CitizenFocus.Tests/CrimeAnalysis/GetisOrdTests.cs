using CitizenFocus.CrimeAnalysis;

namespace CitizenFocus.Tests.CrimeAnalysis;

/// <summary>Gi* against R's spdep::localG and against values worked by hand from Ord and Getis (1995).</summary>
public sealed class GetisOrdTests
{
    private static readonly double[] ChainValues = [1, 2, 10, 12, 3, 0, 1, 2, 0, 1];

    private static int[][] Chain(int n) =>
        [.. Enumerable.Range(0, n).Select(i => new[] { i - 1, i, i + 1 }.Where(j => j >= 0 && j < n).ToArray())];

    [Fact]
    public void Gi_star_on_a_ten_cell_chain_matches_spdep_localG()
    {
        // R spdep::localG(x, nb2listw(include.self(chain), style = "B")) for x = 1 2 10 12 3 0 1 2 0 1.
        double[] expected = [-0.6343, 0.5537, 2.3451, 2.5079, 0.8794, -0.9120, -1.0748, -1.0748, -1.0748, -1.0075];
        var scores = GetisOrd.GiStar(ChainValues, Chain(10));
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], scores.Z[i], 4);
    }

    [Fact]
    public void P_values_are_two_sided_normal()
    {
        // 2 Φ(−1.959964) = 0.05; 2 Φ(−2.5079) = 0.0121451 (erfc(2.5079 / √2)).
        Assert.Equal(0.05, GetisOrd.TwoSidedPValue(1.959964), 6);
        Assert.Equal(0.05, GetisOrd.TwoSidedPValue(-1.959964), 6);
        var scores = GetisOrd.GiStar(ChainValues, Chain(10));
        Assert.Equal(0.012145, scores.PValues[3], 5);
        Assert.Equal(1, GetisOrd.TwoSidedPValue(0), 12);
    }

    [Fact]
    public void Equal_values_give_zero_scores_rather_than_dividing_by_zero()
    {
        var scores = GetisOrd.GiStar([3, 3, 3, 3], Chain(4));
        Assert.All(scores.Z, z => Assert.Equal(0, z));
        Assert.All(scores.PValues, p => Assert.Equal(1, p));
    }

    [Fact]
    public void A_neighbour_list_without_the_cell_itself_is_refused()
    {
        int[][] neighbours = [[0, 1], [0], [1, 2]];
        var error = Assert.Throws<ArgumentException>(() => GetisOrd.GiStar([1, 2, 3], neighbours));
        Assert.Contains("area 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_and_neighbour_lists_of_different_lengths_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => GetisOrd.GiStar([1, 2, 3], Chain(4)));
        Assert.Contains("3 values but 4 neighbour lists", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_neighbour_outside_the_areas_is_refused()
    {
        int[][] neighbours = [[0, 1], [0, 1, 2], [1, 2, 7]];
        Assert.Throws<ArgumentException>(() => GetisOrd.GiStar([1, 2, 3], neighbours));
    }

    [Fact]
    public void Counting_points_snaps_cells_to_multiples_of_the_cell_size()
    {
        var grid = CellGrid.CountPoints([(1_050, 2_010), (1_090, 2_020), (1_230, 2_150), (1_299.9, 2_100)], 100);
        Assert.Equal(1_000, grid.OriginX);
        Assert.Equal(2_000, grid.OriginY);
        Assert.Equal(3, grid.Columns);
        Assert.Equal(2, grid.Rows);
        Assert.Equal(2, grid[0, 0]);
        Assert.Equal(2, grid[2, 1]);
        Assert.Equal(4, grid.Values.Sum());
        Assert.Equal((1_250.0, 2_150.0), grid.CellCentre(2, 1));
    }

    [Fact]
    public void Rook_and_queen_lists_include_the_cell_itself()
    {
        var rook = GridNeighbours.Contiguous(3, 3, Contiguity.Rook);
        var queen = GridNeighbours.Contiguous(3, 3, Contiguity.Queen);
        Assert.Equal([0, 1, 3], rook[0]);
        Assert.Equal([0, 1, 3, 4], queen[0]);
        Assert.Equal([1, 3, 4, 5, 7], rook[4]);
        Assert.Equal(Enumerable.Range(0, 9), queen[4]);
    }

    [Fact]
    public void A_distance_band_of_one_cell_is_rook_and_of_a_diagonal_is_queen()
    {
        Assert.Equal(GridNeighbours.Contiguous(4, 3, Contiguity.Rook), GridNeighbours.DistanceBand(4, 3, 50, 50));
        Assert.Equal(GridNeighbours.Contiguous(4, 3, Contiguity.Queen), GridNeighbours.DistanceBand(4, 3, 50, 50 * Math.Sqrt(2)));
        Assert.Equal(13, GridNeighbours.DistanceBand(5, 5, 50, 100)[12].Length);
    }

    [Fact]
    public void Grid_hot_spots_depend_on_the_contiguity_as_worked_by_hand()
    {
        // Counts on a 3 × 3 grid: 1 in each corner, 5 in the middle. n = 9, x̄ = 1, S = √(29/9 − 1) = √(20/9).
        // Corner, rook (W = 3, sum 1): (1 − 3) / (S √((27 − 9)/8)) = −2/√5 = −0.894427.
        // Corner, queen (W = 4, sum 6): (6 − 4) / (S √((36 − 16)/8)) = 0.6√2 = 0.848528.
        // Edge middle, rook (W = 4, sum 7): 3 / (S √(20/8)) = 0.9√2 = 1.272792.
        (double, double)[] points = [(50, 50), (250, 50), (50, 250), (250, 250), .. Enumerable.Repeat((150.0, 150.0), 5)];
        var rook = GetisOrd.HotSpotsOnGrid(points, 100, Contiguity.Rook);
        var queen = GetisOrd.HotSpotsOnGrid(points, 100, Contiguity.Queen);
        Assert.Equal(5, rook.Counts[1, 1]);
        Assert.Equal(-0.894427, rook.Z[0, 0], 6);
        Assert.Equal(0.848528, queen.Z[0, 0], 6);
        Assert.Equal(1.272792, rook.Z[1, 0], 6);
        // The middle cell neighbours every cell under queen contiguity, so there is nothing to compare with.
        Assert.Equal(0, queen.Z[1, 1]);
        Assert.Equal(GetisOrd.TwoSidedPValue(0.848528), queen.PValues[0, 0], 6);
    }

    [Fact]
    public void Grid_hot_spots_with_a_distance_band_match_the_equivalent_contiguity()
    {
        (double, double)[] points = [(50, 50), (250, 50), (50, 250), (250, 250), .. Enumerable.Repeat((150.0, 150.0), 5)];
        var band = GetisOrd.HotSpotsOnGrid(points, 100, distanceBand: 100);
        Assert.Equal(-0.894427, band.Z[0, 0], 6);
        Assert.Equal(1.272792, band.Z[1, 0], 6);
    }

    [Fact]
    public void A_cell_size_too_small_for_the_area_is_refused_plainly()
    {
        var error = Assert.Throws<ArgumentException>(() => CellGrid.CountPoints([(0, 0), (100_000, 100_000)], 1));
        Assert.Contains("larger cell size", error.Message, StringComparison.Ordinal);
    }
}
