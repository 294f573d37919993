using CitizenFocus.Organisation;

namespace CitizenFocus.Statistics.PeerGroups;

/// <summary>A unit's census profile: the share (0–1) of its residents in each category of each census dimension.</summary>
public sealed record CensusProfile(string Code, IReadOnlyDictionary<(string Dimension, string Category), double> Shares)
{
    /// <summary>A ward's profile, from its census shares.</summary>
    public static CensusProfile Of(string code, IEnumerable<CensusShare> census) =>
        new(code, census.GroupBy(c => (c.Dimension, c.Category)).ToDictionary(g => g.Key, g => g.Sum(c => c.Share)));

    /// <summary>
    /// A larger unit's profile from its wards': each category's share is the mean of the wards' shares
    /// weighted by their residents (so it is the share of all the unit's residents).
    /// </summary>
    public static CensusProfile Combine(string code, IEnumerable<(int Population, IEnumerable<CensusShare> Census)> wards)
    {
        var sums = new Dictionary<(string, string), double>();
        double total = 0;
        foreach (var (population, census) in wards)
        {
            if (population <= 0) continue;
            total += population;
            foreach (var c in census)
                sums[(c.Dimension, c.Category)] = sums.GetValueOrDefault((c.Dimension, c.Category)) + c.Share * population;
        }
        return new CensusProfile(code, total > 0 ? sums.ToDictionary(s => s.Key, s => s.Value / total) : []);
    }
}

/// <summary>One of a unit's most similar units and how far its profile is from the unit's.</summary>
public sealed record SimilarUnit(string Code, double Distance);

/// <summary>
/// Most similar groups of units, in the manner of the Home Office's most similar families of forces: each
/// unit is compared with the units of its level whose census profiles are nearest its own.
/// </summary>
public static class MostSimilar
{
    /// <summary>
    /// The <paramref name="k"/> nearest units to each unit (fewer when the level has fewer), nearest first.
    /// <para>
    /// The distance is Euclidean on standardised shares with every census dimension weighted equally:
    /// each category's share is standardised across the level's units to mean 0 and standard deviation 1
    /// (z = (x − mean) / sd, the population sd; a category with the same share everywhere is left out), and
    /// d(u, v)² = Σ_dimensions (1 / C_d) · Σ_categories of d (z_u − z_v)², where C_d is the number of the
    /// dimension's categories kept. Without the 1 / C_d factor a dimension with many categories (religion)
    /// would count for several times one with two (sex). A category missing from a profile counts as 0.
    /// Ties are broken by code, so the groups are the same on every run.
    /// </para>
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<SimilarUnit>> Groups(IReadOnlyList<CensusProfile> profiles, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var z = Standardise(profiles, out var weights);
        var groups = new Dictionary<string, IReadOnlyList<SimilarUnit>>(StringComparer.OrdinalIgnoreCase);
        for (var u = 0; u < profiles.Count; u++)
        {
            groups[profiles[u].Code] = Enumerable.Range(0, profiles.Count).Where(v => v != u)
                .Select(v => new SimilarUnit(profiles[v].Code, Distance(z[u], z[v], weights)))
                .OrderBy(s => s.Distance).ThenBy(s => s.Code, StringComparer.Ordinal)
                .Take(k).ToList();
        }
        return groups;
    }

    /// <summary>How far every other unit of the level is from one unit (as <see cref="Groups"/> measures it), standardising once.</summary>
    public static IReadOnlyDictionary<string, double> From(IReadOnlyList<CensusProfile> profiles, string code)
    {
        var z = Standardise(profiles, out var weights);
        var u = profiles.Select((p, i) => (p, i)).Single(x => string.Equals(x.p.Code, code, StringComparison.OrdinalIgnoreCase)).i;
        return Enumerable.Range(0, profiles.Count).Where(v => v != u)
            .ToDictionary(v => profiles[v].Code, v => Distance(z[u], z[v], weights), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The distance between two units of a level (as <see cref="Groups"/> measures it).</summary>
    public static double Between(IReadOnlyList<CensusProfile> profiles, string a, string b) => From(profiles, a)[b];

    private static double[][] Standardise(IReadOnlyList<CensusProfile> profiles, out double[] weights)
    {
        var variables = profiles.SelectMany(p => p.Shares.Keys).Distinct()
            .OrderBy(v => v.Dimension, StringComparer.Ordinal).ThenBy(v => v.Category, StringComparer.Ordinal).ToList();
        var kept = new List<((string Dimension, string Category) Key, double Mean, double Sd)>();
        foreach (var v in variables)
        {
            var values = profiles.Select(p => p.Shares.GetValueOrDefault(v)).ToArray();
            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(x => (x - mean) * (x - mean)) / values.Length);
            if (sd > 1e-12) kept.Add((v, mean, sd));
        }
        var perDimension = kept.GroupBy(k => k.Key.Dimension).ToDictionary(g => g.Key, g => g.Count());
        weights = kept.Select(k => 1.0 / perDimension[k.Key.Dimension]).ToArray();
        return profiles.Select(p => kept.Select(k => (p.Shares.GetValueOrDefault(k.Key) - k.Mean) / k.Sd).ToArray()).ToArray();
    }

    private static double Distance(double[] a, double[] b, double[] weights)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++) sum += weights[i] * (a[i] - b[i]) * (a[i] - b[i]);
        return Math.Sqrt(sum);
    }
}
