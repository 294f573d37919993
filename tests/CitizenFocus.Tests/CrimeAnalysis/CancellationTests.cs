using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Reporting;
using CitizenFocus.Tests.Reporting;

namespace CitizenFocus.Tests.CrimeAnalysis;

/// <summary>
/// A request that has gone, or run out of time, stops the computation: each inner loop of the heavy analyses
/// looks at the token, not only the loop around them, so a cancelled run ends within the pass it was in rather
/// after it.
/// </summary>
public sealed class CancellationTests
{
    private static readonly DateOnly Start = new(2024, 1, 1);

    [Fact]
    public void Finding_the_pairs_stops_on_a_cancelled_token()
    {
        var events = Dense(500, seed: 1);

        Assert.ThrowsAny<OperationCanceledException>(() =>
            KnoxPairs.Build(events, [0, 1, 101, 201, 301, 401], [0, 7, 14, 21, 28], DistanceMetric.Manhattan, Cancelled()));
    }

    [Theory]
    [InlineData(new[] { 0, 7, 14, 21, 28 })] // vectors: eight arrangements a pass
    [InlineData(new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })] // more bands than a vector holds: one arrangement a pass
    public void A_pass_over_the_pairs_stops_on_a_cancelled_token(int[] timeBands)
    {
        var pairs = KnoxPairs.Build(Dense(500, seed: 2), [0, 1, 101, 201, 301, 401], timeBands, DistanceMetric.Manhattan)!;
        var laneDays = pairs.NewLaneDays();
        pairs.SetLane(laneDays, 0, pairs.Days);

        Assert.ThrowsAny<OperationCanceledException>(() => pairs.CountCells(laneDays, 1, new int[KnoxPairs.Lanes * pairs.Cells], Cancelled()));
    }

    [Fact]
    public void The_near_repeat_test_throws_on_a_cancelled_token_instead_of_answering()
    {
        Assert.ThrowsAny<OperationCanceledException>(() =>
            NearRepeat.Analyse(Dense(500, seed: 3), new NearRepeatParameters([0, 1, 101, 201], [0, 7, 14]), Cancelled()));
    }

    [Fact]
    public void Cancelling_a_near_repeat_test_under_way_stops_it_instead_of_answering()
    {
        // 6,000 burglaries within 300 m of each other: 18 million pairs, each of 999 permutations a pass over
        // them all. Uncancelled, this is many seconds of every core, so the token is cancelled while the work is
        // under way and the test must end with the cancellation, not an answer. How quickly it stops depends on
        // the machine's load, so it is not timed here: the inner loops' checks are the tests above.
        var events = Dense(6_000, seed: 4);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            NearRepeat.Analyse(events, new NearRepeatParameters([0, 1, 101, 201, 301, 401], [0, 7, 14, 21, 28]), cancel.Token));
        Assert.True(cancel.IsCancellationRequested);
    }

    [Fact]
    public void Hot_spot_scores_neighbour_lists_and_density_stop_on_a_cancelled_token()
    {
        (double X, double Y)[] points = [(10, 10), (20, 30), (500, 500)];

        Assert.ThrowsAny<OperationCanceledException>(() => KernelDensity.Quartic(points, 100, 10, Cancelled()));
        Assert.ThrowsAny<OperationCanceledException>(() => GridNeighbours.Contiguous(10, 10, Contiguity.Queen, Cancelled()));
        Assert.ThrowsAny<OperationCanceledException>(() =>
            GetisOrd.GiStar([1, 2, 3, 4], GridNeighbours.Contiguous(2, 2, Contiguity.Queen), Cancelled()));
    }

    [Fact]
    public void Writing_a_pack_pdf_stops_on_a_cancelled_token()
    {
        using var output = new MemoryStream();

        Assert.ThrowsAny<OperationCanceledException>(() => PdfReportWriter.Write(SampleReport.Pack(), output, Cancelled()));
        Assert.Equal(0, output.Length);
    }

    private static CancellationToken Cancelled() => new(canceled: true);

    /// <summary>Events at random within a 300 m square over a year: every pair is within the last band of 401 m (Manhattan is at most 600 m, most far less).</summary>
    private static List<NearRepeatEvent> Dense(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i =>
            new NearRepeatEvent($"e{i}", random.NextDouble() * 300, random.NextDouble() * 300, Start.AddDays(random.Next(0, 365))))];
    }
}
