using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.IO;

namespace CitizenFocus.Organisation;

/// <summary>
/// Finds the ward containing a point: an STR-tree over the wards' bounding boxes picks the few
/// candidates, and prepared geometries answer point-in-polygon quickly. Immutable once built, so
/// one instance serves every request.
/// </summary>
public sealed class WardIndex
{
    private static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);

    private readonly STRtree<(IPreparedGeometry Boundary, WardRef Ward)> tree = new();
    private readonly Dictionary<string, WardRef> byCode = new(StringComparer.OrdinalIgnoreCase);

    public WardIndex(IEnumerable<WardBoundary> wards)
    {
        var reader = new WKTReader(NtsGeometryServices.Instance);
        // Lowest id first, so that a point on a shared edge always goes to the same ward.
        foreach (var ward in wards.OrderBy(w => w.Id))
        {
            var reference = ward.ToRef();
            byCode[ward.Code] = reference;
            var boundary = Read(reader, ward.BoundaryWkt);
            if (boundary is null)
            {
                WithoutBoundary++;
                continue;
            }
            tree.Insert(boundary.EnvelopeInternal, (PreparedGeometryFactory.Prepare(boundary), reference));
            WithBoundary++;
        }
        // Building now rather than on the first query keeps later queries read-only and thread-safe.
        tree.Build();
    }

    public int WithBoundary { get; }

    /// <summary>Wards with no boundary, or one that is not a polygon: they can be found by code only.</summary>
    public int WithoutBoundary { get; }

    public WardRef? FindByCode(string code) => byCode.GetValueOrDefault(code.Trim());

    /// <summary>The ward whose boundary covers the point (edges included), or none.</summary>
    public WardRef? FindAt(double latitude, double longitude)
    {
        var point = Factory.CreatePoint(new Coordinate(longitude, latitude));
        WardRef? found = null;
        foreach (var (boundary, ward) in tree.Query(point.EnvelopeInternal))
            if ((found is null || ward.Id < found.Id) && boundary.Covers(point))
                found = ward;
        return found;
    }

    private static Geometry? Read(WKTReader reader, string? wkt)
    {
        if (string.IsNullOrWhiteSpace(wkt)) return null;
        Geometry geometry;
        try
        {
            geometry = reader.Read(wkt);
        }
        catch (ParseException)
        {
            return null;
        }
        // Boundaries digitised elsewhere are sometimes self-intersecting; repair rather than fail on them.
        if (!geometry.IsValid) geometry = GeometryFixer.Fix(geometry);
        return geometry is IPolygonal && !geometry.IsEmpty ? geometry : null;
    }
}
