namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// A local equirectangular projection: metres east and north of a centre, x = R (λ − λ₀) cos φ₀ and
/// y = R (φ − φ₀), R = 6,371,008.8 m (the mean Earth radius). Over a London borough the error in distance is
/// a small fraction of a percent and over the whole Met (about 60 km across) under one percent: far less than
/// the cell sizes used for hot spots. British National Grid would be exact to the metre but needs a datum
/// transformation library; nothing here needs that precision.
/// </summary>
public sealed record LocalProjection(double CentreLatitude, double CentreLongitude)
{
    public const double EarthRadius = 6_371_008.8;

    private double Scale => EarthRadius * Math.PI / 180;
    private double CosLatitude => Math.Cos(CentreLatitude * Math.PI / 180);

    public (double X, double Y) ToMetres(double latitude, double longitude) =>
        ((longitude - CentreLongitude) * Scale * CosLatitude, (latitude - CentreLatitude) * Scale);

    public (double Latitude, double Longitude) ToDegrees(double x, double y) =>
        (CentreLatitude + y / Scale, CentreLongitude + x / (Scale * CosLatitude));

    /// <summary>Centred on the middle of the points' extent (latitude, longitude pairs).</summary>
    public static LocalProjection Around(IEnumerable<(double Latitude, double Longitude)> points)
    {
        double minLat = double.PositiveInfinity, maxLat = double.NegativeInfinity, minLon = double.PositiveInfinity, maxLon = double.NegativeInfinity;
        foreach (var (lat, lon) in points)
        {
            minLat = Math.Min(minLat, lat);
            maxLat = Math.Max(maxLat, lat);
            minLon = Math.Min(minLon, lon);
            maxLon = Math.Max(maxLon, lon);
        }
        return double.IsFinite(minLat) ? new LocalProjection((minLat + maxLat) / 2, (minLon + maxLon) / 2) : new LocalProjection(0, 0);
    }
}
