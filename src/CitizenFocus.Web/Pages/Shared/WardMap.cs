using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace CitizenFocus.Web.Pages.Shared;

/// <summary>Draws a ward boundary (WGS84 WKT) as an SVG path, scaled to a square box.</summary>
public static class WardMap
{
    public const int Size = 300;

    public static string? PathData(string? wkt)
    {
        if (string.IsNullOrWhiteSpace(wkt)) return null;
        var geometry = new WKTReader().Read(wkt);
        var env = geometry.EnvelopeInternal;
        // Longitude degrees are shorter than latitude degrees at London's latitude.
        var lonScale = Math.Cos(env.Centre.Y * Math.PI / 180);
        var width = env.Width * lonScale;
        var scale = (Size - 20) / Math.Max(width, env.Height);
        var sb = new StringBuilder();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is not Polygon polygon) continue;
            foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
            {
                var first = true;
                foreach (var c in ring.Coordinates)
                {
                    var x = 10 + (c.X - env.MinX) * lonScale * scale;
                    var y = Size - 10 - (c.Y - env.MinY) * scale;
                    sb.Append(first ? 'M' : 'L').Append(x.ToString("F1", CultureInfo.InvariantCulture)).Append(' ')
                        .Append(y.ToString("F1", CultureInfo.InvariantCulture)).Append(' ');
                    first = false;
                }
                sb.Append("Z ");
            }
        }
        return sb.ToString().Trim();
    }
}
