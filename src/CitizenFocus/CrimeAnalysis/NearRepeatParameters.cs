using System.Globalization;
using CitizenFocus.Common;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// The settings of a Knox near-repeat test, as the Near Repeat Calculator (Ratcliffe) takes them.
/// Bands are given by their boundaries: distance boundaries 0, 1, 101, 201 make the bands [0, 1),
/// [1, 101) and [101, 201) metres; time boundaries 0, 7, 14 make [0, 7) and [7, 14) days. Pairs
/// beyond the last boundary of either fall in no cell.
/// </summary>
/// <param name="DistanceBands">Distance boundaries in the units of the coordinates (metres), ascending.</param>
/// <param name="TimeBands">Time boundaries in whole days, ascending.</param>
/// <param name="Seed">Seeds the shuffles: the same events, settings and seed give the same result.</param>
public sealed record NearRepeatParameters(
    IReadOnlyList<double> DistanceBands,
    IReadOnlyList<int> TimeBands,
    DistanceMetric Metric = DistanceMetric.Manhattan,
    int Permutations = NearRepeatParameters.DefaultPermutations,
    int Seed = NearRepeatParameters.DefaultSeed)
{
    /// <summary>The Near Repeat Calculator's usual count: p-values then come in steps of 0.001.</summary>
    public const int DefaultPermutations = 999;

    public const int DefaultSeed = 1;

    /// <summary>More permutations than this add precision nobody reads, and time somebody waits for.</summary>
    public const int MaxPermutations = 1_000_000;

    /// <summary>Enough for a fine table; more would be unreadable and is likely a mistake.</summary>
    public const int MaxBoundaries = 1_000;

    /// <summary>The problems with these settings, each against its property name; empty when they can be used.</summary>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new List<ValidationError>();
        CheckBoundaries(nameof(DistanceBands), DistanceBands?.Select(d => d).ToList(), "metres", errors);
        CheckBoundaries(nameof(TimeBands), TimeBands?.Select(t => (double)t).ToList(), "days", errors);
        if (!Enum.IsDefined(Metric))
            errors.Add(new ValidationError(nameof(Metric), "Use Manhattan or Euclidean distance"));
        if (Permutations is < 1 or > MaxPermutations)
            errors.Add(new ValidationError(nameof(Permutations),
                string.Create(CultureInfo.InvariantCulture, $"Give between 1 and {MaxPermutations:N0} permutations (999 is usual), not {Permutations}")));
        return errors;
    }

    private static void CheckBoundaries(string field, List<double>? boundaries, string unit, List<ValidationError> errors)
    {
        if (boundaries is null || boundaries.Count < 2)
        {
            errors.Add(new ValidationError(field, $"Give at least two boundaries in {unit}, such as 0,1,101: each pair makes a band"));
            return;
        }
        if (boundaries.Count > MaxBoundaries)
        {
            errors.Add(new ValidationError(field, $"Give at most {MaxBoundaries} boundaries"));
            return;
        }
        for (var i = 0; i < boundaries.Count; i++)
        {
            var b = boundaries[i];
            if (!double.IsFinite(b) || b < 0)
            {
                errors.Add(new ValidationError(field, $"Boundaries are {unit} from 0 up: {Text(b)} is not"));
                return;
            }
            if (i > 0 && b <= boundaries[i - 1])
            {
                errors.Add(new ValidationError(field,
                    $"Boundaries must go up: {Text(b)} comes after {Text(boundaries[i - 1])}"));
                return;
            }
        }
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
