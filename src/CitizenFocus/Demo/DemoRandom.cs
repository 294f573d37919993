namespace CitizenFocus.Demo;

/// <summary>
/// A seeded random source with the draws the generator needs. Each stream of records gets its own
/// instance derived from the seed, so adding records to one stream leaves the others unchanged.
/// </summary>
internal sealed class DemoRandom(int seed, int stream)
{
    private readonly Random random = new(unchecked(seed * 7919 + stream * 104_729));

    public int Next(int maxExclusive) => random.Next(maxExclusive);
    public int Next(int min, int maxExclusive) => random.Next(min, maxExclusive);
    public double NextDouble() => random.NextDouble();
    public bool Chance(double p) => random.NextDouble() < p;
    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
    public double Uniform(double low, double high) => low + (high - low) * random.NextDouble();

    public double Normal(double mean, double sd)
    {
        // Box–Muller; 1 - u keeps the logarithm finite.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Exponential with the given mean.</summary>
    public double Exponential(double mean) => -mean * Math.Log(1.0 - random.NextDouble());

    public int PickWeighted(IReadOnlyList<double> cumulative)
    {
        var x = random.NextDouble() * cumulative[^1];
        for (var i = 0; i < cumulative.Count; i++)
            if (x < cumulative[i]) return i;
        return cumulative.Count - 1;
    }

    /// <summary>Random shares that sum to 1 around the given base shares.</summary>
    public double[] Shares(IReadOnlyList<double> baseShares, double spread)
    {
        var raw = baseShares.Select(s => Math.Max(0.001, s * (1 + Normal(0, spread)))).ToArray();
        var total = raw.Sum();
        return raw.Select(r => Math.Round(r / total, 4)).ToArray();
    }

    public static double[] Cumulative(IReadOnlyList<double> weights)
    {
        var result = new double[weights.Count];
        double sum = 0;
        for (var i = 0; i < weights.Count; i++) result[i] = sum += weights[i];
        return result;
    }
}
