using System.Globalization;
using System.Text.Json;
using CitizenFocus.Cli;
using CitizenFocus.CrimeAnalysis;

namespace CitizenFocus.Tests.CrimeAnalysis;

public sealed class NearRepeatTests
{
    private static readonly DateOnly Start = new(2024, 1, 1);
    private static readonly double[] DistanceBands = [0, 1, 101, 201];
    private static readonly int[] TimeBands = [0, 3, 6, 9];

    [Fact]
    public void Two_events_100_m_and_3_days_apart_fall_in_the_1_to_101_m_and_3_to_6_day_cell_only()
    {
        var events = new[] { Event("a", 0, 0, 0), Event("b", 100, 0, 3) };

        var result = Analyse(events, new NearRepeatParameters(DistanceBands, TimeBands, Permutations: 99));

        var cell = Cell(result, 1, 1);
        Assert.Equal((1d, 101d, 3, 6, 1L), (cell.DistanceFrom, cell.DistanceTo, cell.TimeFrom, cell.TimeTo, cell.Observed));
        Assert.All(result.Cells.Where(c => c != cell), c => Assert.Equal(0, c.Observed));
        Assert.Equal(9, result.Cells.Count);
        Assert.Equal(1, result.Pairs);
    }

    [Fact]
    public void A_planted_cluster_of_near_repeats_is_significant_in_the_close_and_short_cell()
    {
        var events = Background(300, seed: 7);
        events.AddRange(Bursts(bursts: 12, size: 5, seed: 8));

        var result = Analyse(events, new NearRepeatParameters([0, 201, 401, 601], [0, 7, 14, 21]));

        var closeAndShort = Cell(result, 0, 0);
        Assert.True(closeAndShort.PValue < 0.05, $"p = {closeAndShort.PValue}");
        Assert.True(closeAndShort.Ratio > 1, $"ratio = {closeAndShort.Ratio}");
    }

    [Fact]
    public void A_purely_random_pattern_shows_no_near_repeats()
    {
        var events = Background(400, seed: 11);

        var result = Analyse(events, new NearRepeatParameters([0, 201, 401, 601], [0, 7, 14, 21]));

        Assert.True(Cell(result, 0, 0).PValue > 0.05, $"close and short cell p = {Cell(result, 0, 0).PValue}");
        // Nine cells tested at once: one or two may fall under 0.05 by chance, but none should look like a finding.
        Assert.True(result.Cells.Count(c => c.PValue > 0.05) > result.Cells.Count / 2, string.Join("; ", result.Cells.Select(c => c.PValue)));
        Assert.DoesNotContain(result.Cells, c => c.PValue <= 0.005);
    }

    [Fact]
    public void The_same_seed_gives_identical_cells_and_another_seed_can_differ()
    {
        var events = Background(300, seed: 3);
        events.AddRange(Bursts(bursts: 5, size: 4, seed: 4));
        var parameters = new NearRepeatParameters([0, 201, 401, 601], [0, 7, 14, 21], Permutations: 199, Seed: 42);

        var first = Analyse(events, parameters);
        var again = Analyse(events, parameters);
        var otherSeed = Analyse(events, parameters with { Seed = 43 });

        Assert.Equal(first.Cells, again.Cells);
        Assert.NotEqual(first.Cells.Select(c => c.Expected), otherSeed.Cells.Select(c => c.Expected));
        Assert.Equal(first.Cells.Select(c => c.Observed), otherSeed.Cells.Select(c => c.Observed));
    }

    [Fact]
    public void Manhattan_and_euclidean_distance_put_a_diagonal_pair_in_different_bands()
    {
        // dx = dy = 60: Manhattan 120, Euclidean 84.85.
        var events = new[] { Event("a", 0, 0, 0), Event("b", 60, 60, 0) };
        var parameters = new NearRepeatParameters([0, 100, 200], [0, 1], Permutations: 9);

        var manhattan = Analyse(events, parameters);
        var euclidean = Analyse(events, parameters with { Metric = DistanceMetric.Euclidean });

        Assert.Equal([0L, 1L], manhattan.Cells.Select(c => c.Observed));
        Assert.Equal([1L, 0L], euclidean.Cells.Select(c => c.Observed));
    }

    [Fact]
    public void Manhattan_is_the_default_metric()
    {
        Assert.Equal(DistanceMetric.Manhattan, new NearRepeatParameters([0, 1], [0, 1]).Metric);
    }

    [Fact]
    public void The_p_value_is_permutations_at_least_observed_plus_one_over_permutations_plus_one()
    {
        Assert.Equal(1.0 / 1000, NearRepeat.PValue(0, 999));
        Assert.Equal(51.0 / 1000, NearRepeat.PValue(50, 999));
        Assert.Equal(1.0, NearRepeat.PValue(999, 999));
    }

    [Fact]
    public void A_cell_no_permutation_reaches_has_the_least_p_of_one_over_permutations_plus_one()
    {
        var events = Background(300, seed: 7);
        events.AddRange(Bursts(bursts: 12, size: 5, seed: 8));

        var result = Analyse(events, new NearRepeatParameters([0, 201, 401, 601], [0, 7, 14, 21], Permutations: 99));

        Assert.Equal(1.0 / 100, Cell(result, 0, 0).PValue);
        Assert.DoesNotContain(result.Cells, c => c.PValue < 1.0 / 100);
        // Every p is (k + 1) / (N + 1) for a whole k from 0 to N.
        Assert.All(result.Cells, c => Assert.Equal(Math.Round(c.PValue * 100), c.PValue * 100, 9));
    }

    [Fact]
    public void Two_events_whose_pair_every_permutation_repeats_have_p_one_and_ratio_one()
    {
        var events = new[] { Event("a", 0, 0, 0), Event("b", 100, 0, 3) };

        var cell = Cell(Analyse(events, new NearRepeatParameters(DistanceBands, TimeBands, Permutations: 99)), 1, 1);

        Assert.Equal(1.0, cell.Expected);
        Assert.Equal(1.0, cell.Ratio);
        Assert.Equal(1.0, cell.PValue);
    }

    [Fact]
    public void A_cell_where_nothing_is_expected_has_no_ratio()
    {
        var events = new[] { Event("a", 0, 0, 0), Event("b", 100, 0, 3) };

        var cell = Cell(Analyse(events, new NearRepeatParameters(DistanceBands, TimeBands, Permutations: 9)), 0, 0);

        Assert.Equal(0, cell.Expected);
        Assert.Null(cell.Ratio);
    }

    [Theory]
    [InlineData(DistanceMetric.Manhattan, false)]
    [InlineData(DistanceMetric.Euclidean, false)]
    [InlineData(DistanceMetric.Manhattan, true)]
    public void Observed_counts_equal_a_count_over_all_pairs(DistanceMetric metric, bool manyTimeBands)
    {
        // Whole-metre coordinates in a small square: many pairs exactly on a boundary, and in the same place.
        var random = new Random(5);
        var events = Enumerable.Range(0, 400)
            .Select(i => Event($"e{i}", random.Next(0, 600), random.Next(0, 600), random.Next(0, 60)))
            .ToList();
        double[] distances = [10, 50, 100, 150];
        // More than seven time bands are counted without vectors.
        int[] days = manyTimeBands ? [0, 1, 2, 3, 5, 8, 13, 21, 34, 55] : [2, 5, 9, 20];

        var result = Analyse(events, new NearRepeatParameters(distances, days, metric, Permutations: 9));

        var expected = new long[(distances.Length - 1) * (days.Length - 1)];
        for (var i = 0; i < events.Count; i++)
            for (var j = i + 1; j < events.Count; j++)
            {
                double dx = Math.Abs(events[i].X - events[j].X), dy = Math.Abs(events[i].Y - events[j].Y);
                var d = metric == DistanceMetric.Manhattan ? dx + dy : Math.Sqrt(dx * dx + dy * dy);
                var t = Math.Abs(events[i].Date.DayNumber - events[j].Date.DayNumber);
                var db = Array.FindLastIndex(distances, b => b <= d);
                var tb = Array.FindLastIndex(days, b => b <= t);
                if (db >= 0 && db < distances.Length - 1 && tb >= 0 && tb < days.Length - 1) expected[db * (days.Length - 1) + tb]++;
            }
        Assert.Equal(expected, result.Cells.Select(c => c.Observed));
    }

    [Fact]
    public void Adding_bands_leaves_the_other_cells_as_they_were()
    {
        var events = Background(300, seed: 3);
        events.AddRange(Bursts(bursts: 5, size: 4, seed: 4));
        var parameters = new NearRepeatParameters([0, 201, 401], [0, 7, 14], Permutations: 99, Seed: 9);

        var few = Analyse(events, parameters);
        // A wider largest distance band (a coarser grid inside), and more time bands than a vector holds.
        var many = Analyse(events, parameters with { DistanceBands = [0, 201, 401, 1001], TimeBands = [0, 7, 14, 21, 28, 35, 42, 49, 56, 63] });

        Assert.Equal(few.Cells, many.Cells.Where(c => c.DistanceTo <= 401 && c.TimeTo <= 14));
    }

    [Fact]
    public void Bands_that_do_not_go_up_and_too_few_permutations_are_refused_by_name()
    {
        var events = new[] { Event("a", 0, 0, 0), Event("b", 100, 0, 3) };

        var result = NearRepeat.Analyse(events, new NearRepeatParameters([0, 101, 1], [5], Permutations: 0));

        Assert.False(result.Succeeded);
        Assert.Contains("go up", Assert.Single(result.ErrorsFor(nameof(NearRepeatParameters.DistanceBands))).Message);
        Assert.Contains("at least two", Assert.Single(result.ErrorsFor(nameof(NearRepeatParameters.TimeBands))).Message);
        Assert.Single(result.ErrorsFor(nameof(NearRepeatParameters.Permutations)));
    }

    [Fact]
    public void Negative_boundaries_and_a_single_event_are_refused()
    {
        var result = NearRepeat.Analyse([Event("a", 0, 0, 0)], new NearRepeatParameters([-1, 100], [0, 7]));

        Assert.False(result.Succeeded);
        Assert.Single(result.ErrorsFor(nameof(NearRepeatParameters.DistanceBands)));
        Assert.Single(result.ErrorsFor("Events"));
    }

    [Fact]
    public async Task The_cli_writes_one_csv_row_per_cell_with_the_documented_columns()
    {
        using var files = new TempFolder();
        var input = files.Write("events.csv", "id,x,y,date\na,0,0,2024-01-01\nb,100,0,2024-01-04\n");
        var output = files.Path("knox.csv");

        var outcome = await RunAsync("analyse", "near-repeat", "--input", input, "--distance-bands", "0,1,101,201",
            "--time-bands", "0,3,6,9", "--permutations", "99", "--seed", "1", "--out", output);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var lines = File.ReadAllLines(output);
        Assert.Equal("distance_from,distance_to,time_from,time_to,observed,expected,ratio,p_value", lines[0]);
        Assert.Equal(10, lines.Length);
        Assert.Contains("1,101,3,6,1,1,1,1", lines);
        Assert.Contains("0,1,0,3,0,0,,1", lines);
        Assert.Contains("Wrote 9 cells", outcome.Output);
    }

    [Fact]
    public async Task The_cli_writes_json_when_the_output_ends_in_json()
    {
        using var files = new TempFolder();
        var input = files.Write("events.csv", "id,x,y,date\na,0,0,2024-01-01\nb,60,60,2024-01-01\n");
        var output = files.Path("knox.json");

        var outcome = await RunAsync("analyse", "near-repeat", "--input", input, "--distance-bands", "0,100,200",
            "--time-bands", "0,7", "--permutations", "19", "--seed", "3", "--euclidean", "--out", output);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var root = json.RootElement;
        Assert.Equal("euclidean", root.GetProperty("parameters").GetProperty("metric").GetString());
        Assert.Equal(19, root.GetProperty("parameters").GetProperty("permutations").GetInt32());
        Assert.Equal(3, root.GetProperty("parameters").GetProperty("seed").GetInt32());
        Assert.Equal([0d, 100d, 200d], root.GetProperty("parameters").GetProperty("distance_bands").EnumerateArray().Select(e => e.GetDouble()));
        var first = root.GetProperty("cells")[0];
        Assert.Equal(
            ["distance_from", "distance_to", "time_from", "time_to", "observed", "expected", "ratio", "p_value"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, first.GetProperty("observed").GetInt64());
        Assert.Equal(1.0, first.GetProperty("p_value").GetDouble());
    }

    [Fact]
    public async Task The_cli_names_the_row_and_column_of_a_bad_value_and_exits_1_writing_nothing()
    {
        using var files = new TempFolder();
        var input = files.Write("events.csv", "id,x,y,date\na,0,0,2024-01-01\nb,east,0,2024-01-04\nc,5,5,2024-02-30\n");
        var output = files.Path("knox.csv");

        var outcome = await RunAsync("analyse", "near-repeat", "--input", input, "--distance-bands", "0,1,101",
            "--time-bands", "0,7", "--out", output);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("row 2, column x: 'east' is not a number", outcome.Error);
        Assert.Contains("row 3, column date: '2024-02-30' is not an ISO date", outcome.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task The_cli_refuses_bands_that_do_not_go_up_and_an_unknown_output_format_with_exit_2()
    {
        using var files = new TempFolder();
        var input = files.Write("events.csv", "id,x,y,date\na,0,0,2024-01-01\nb,1,1,2024-01-04\n");

        var bands = await RunAsync("analyse", "near-repeat", "--input", input, "--distance-bands", "0,101,1",
            "--time-bands", "0,7", "--out", files.Path("knox.csv"));
        var format = await RunAsync("analyse", "near-repeat", "--input", input, "--distance-bands", "0,1,101",
            "--time-bands", "0,7", "--out", files.Path("knox.txt"));

        Assert.Equal(2, bands.ExitCode);
        Assert.Contains("--distance-bands: Boundaries must go up", bands.Error);
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("--out: end the file name in .csv or .json", format.Error);
    }

    private static NearRepeatResult Analyse(IReadOnlyList<NearRepeatEvent> events, NearRepeatParameters parameters)
    {
        var result = NearRepeat.Analyse(events, parameters);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value;
    }

    private static NearRepeatCell Cell(NearRepeatResult result, int distanceBand, int timeBand) =>
        result.Cells[distanceBand * (result.Parameters.TimeBands.Count - 1) + timeBand];

    private static NearRepeatEvent Event(string id, double x, double y, int day) => new(id, x, y, Start.AddDays(day));

    /// <summary>Events at random over a 10 km square and two years.</summary>
    private static List<NearRepeatEvent> Background(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i =>
            Event($"bg{i}", random.NextDouble() * 10_000, random.NextDouble() * 10_000, random.Next(0, 730)))];
    }

    /// <summary>Bursts of events within 100 m of a random point (so at most 200 m apart, Manhattan) and 4 days of each other.</summary>
    private static IEnumerable<NearRepeatEvent> Bursts(int bursts, int size, int seed)
    {
        var random = new Random(seed);
        for (var b = 0; b < bursts; b++)
        {
            double x = random.NextDouble() * 10_000, y = random.NextDouble() * 10_000;
            var day = random.Next(0, 720);
            for (var i = 0; i < size; i++)
                yield return Event($"burst{b}.{i}", x + (random.NextDouble() - 0.5) * 100, y + (random.NextDouble() - 0.5) * 100, day + random.Next(0, 5));
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = await CliApp.InvokeAsync(args, CliContext.ForTest(output, error, TimeProvider.System));
        return (code, output.ToString(), error.ToString());
    }

    private sealed class TempFolder : IDisposable
    {
        private readonly string root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cf_nearrepeat_{Guid.NewGuid():N}");

        public TempFolder() => Directory.CreateDirectory(root);

        public string Path(string name) => System.IO.Path.Combine(root, name);

        public string Write(string name, string text)
        {
            var path = Path(name);
            File.WriteAllText(path, text);
            return path;
        }

        public void Dispose() => Directory.Delete(root, recursive: true);
    }
}
