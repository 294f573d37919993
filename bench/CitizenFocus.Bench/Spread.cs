using System.Globalization;

namespace CitizenFocus.Bench;

/// <summary>The rounds of one side of a benchmark: minimum, median and maximum, so that a run on a busy machine shows its scatter.</summary>
internal sealed class Spread
{
    private readonly double[] sorted;

    public Spread(IEnumerable<double> values)
    {
        sorted = [.. values.Order()];
        if (sorted.Length == 0) throw new ArgumentException("A spread needs at least one value.", nameof(values));
    }

    public double Min => sorted[0];
    public double Max => sorted[^1];
    public double Median => sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    public int Count => sorted.Length;

    /// <summary>"median 1,234 (min 1,100, max 1,400)" with the given number format.</summary>
    public string Describe(string format = "N0") => string.Create(CultureInfo.InvariantCulture,
        $"median {Median.ToString(format, CultureInfo.InvariantCulture)} (min {Min.ToString(format, CultureInfo.InvariantCulture)}, max {Max.ToString(format, CultureInfo.InvariantCulture)}, {Count} rounds)");
}
