namespace CitizenFocus.CrimeAnalysis;

/// <summary>How the distance between two events is measured, in the units of their coordinates.</summary>
public enum DistanceMetric
{
    /// <summary>|dx| + |dy|: the distance along a street grid, and the Near Repeat Calculator's default.</summary>
    Manhattan = 0,

    /// <summary>The straight-line distance, √(dx² + dy²).</summary>
    Euclidean = 1,
}
