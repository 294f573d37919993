namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// Hot streets within each ward, Gi* hot-spot cells and a kernel density surface for one unit, crime group
/// (null for all crime) and period. Cells are on a grid in <see cref="Projection"/> metres.
/// </summary>
public sealed record HotStreetReport(
    AnalysisUnit Unit,
    string? GroupCode,
    AnalysisPeriod Period,
    LocalProjection Projection,
    double CellSize,
    double Bandwidth,
    int MappedCrimes,
    IReadOnlyList<HotStreet> Streets,
    IReadOnlyList<HotSpotCell> HotSpots,
    IReadOnlyList<DensityCell> Density);

/// <summary>A street ranked within its ward by its count; <see cref="ShareOfWard"/> is of the ward's crimes with a street.</summary>
public sealed record HotStreet(string WardCode, string WardName, int Rank, string Street, int Crimes, double ShareOfWard);

/// <summary>
/// A grid cell whose Gi* z-score is positive and significant (p &lt; 0.05, two-sided, not corrected for the
/// many cells tested: read z ≥ 3.29, p &lt; 0.001, as the stronger signal). X and Y are the cell centre in metres,
/// latitude and longitude the same point. <see cref="Confidence"/> is 99.9, 99 or 95, as hot-spot maps bin it.
/// </summary>
public sealed record HotSpotCell(int Column, int Row, double X, double Y, double Latitude, double Longitude, int Crimes, double Z, double PValue, double Confidence);

/// <summary>A grid cell with crimes near it: quartic kernel density in crimes per square kilometre at its centre.</summary>
public sealed record DensityCell(int Column, int Row, double X, double Y, double Latitude, double Longitude, double Density);
