using System.Globalization;
using System.Net;
using System.Text;
using static System.FormattableString;
using CitizenFocus.CrimeAnalysis.Analyses;

namespace CitizenFocus.Web.Pages.CrimeAnalysis;

/// <summary>
/// The kernel density surface of the hot streets analysis drawn as a grid of coloured squares, north up:
/// an SVG with role="img", a title and a description, drawn on the server so that it needs no script or
/// map tiles. Densities fall into five equal bands up to the highest; empty cells are left white.
/// </summary>
public static class DensityMap
{
    /// <summary>Beyond this many cells the map is not drawn (the page would be megabytes); the CSV still has them.</summary>
    public const int MaxCells = 20_000;

    private const int MaxPixels = 640;

    /// <summary>Light to dark blue (ColorBrewer Blues), readable in greyscale.</summary>
    private static readonly string[] Colours = ["#deebf7", "#9ecae1", "#4292c6", "#2171b5", "#08306b"];

    public sealed record Band(double From, double To, string Colour, int Cells);

    public static IReadOnlyList<Band> Bands(IReadOnlyList<DensityCell> cells)
    {
        if (cells.Count == 0) return [];
        var max = cells.Max(c => c.Density);
        var step = max / Colours.Length;
        return [.. Colours.Select((colour, i) => new Band(i * step, (i + 1) * step, colour, cells.Count(c => BandOf(c.Density, max) == i)))];
    }

    public static bool Drawable(HotStreetReport report) => report.Density.Count is > 0 and <= MaxCells;

    public static string ToSvg(HotStreetReport report, string id)
    {
        var cells = report.Density;
        var max = cells.Max(c => c.Density);
        var (minColumn, maxColumn) = (cells.Min(c => c.Column), cells.Max(c => c.Column));
        var (minRow, maxRow) = (cells.Min(c => c.Row), cells.Max(c => c.Row));
        var (columns, rows) = (maxColumn - minColumn + 1, maxRow - minRow + 1);
        var size = Math.Clamp(MaxPixels / Math.Max(columns, rows), 1, 16);
        var (width, height) = (columns * size, rows * size);
        var densest = cells.MaxBy(c => c.Density)!;

        var title = $"Crime density: {report.Unit.Name}";
        var desc = Invariant($"A grid of {report.CellSize:0} metre squares over {report.Unit.Name}, north at the top, shaded from light to dark blue by crimes per square kilometre ")
            + Invariant($"(quartic kernel, {report.Bandwidth:0} metre bandwidth, {report.MappedCrimes} crimes with a position). ")
            + Invariant($"The densest square, {max:0.#} crimes per square kilometre, is at latitude {densest.Latitude:0.0000}, longitude {densest.Longitude:0.0000}. ")
            + "The table after the map lists the densest squares.";
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{id}\" class=\"cf-density-map\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{WebUtility.HtmlEncode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{WebUtility.HtmlEncode(desc)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>");
        foreach (var cell in cells)
        {
            var x = (cell.Column - minColumn) * size;
            var y = (maxRow - cell.Row) * size;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{x}\" y=\"{y}\" width=\"{size}\" height=\"{size}\" fill=\"{Colours[BandOf(cell.Density, max)]}\"/>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static int BandOf(double density, double max) =>
        max <= 0 ? 0 : Math.Min(Colours.Length - 1, (int)(density / max * Colours.Length));
}
