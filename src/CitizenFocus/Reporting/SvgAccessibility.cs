using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CitizenFocus.Reporting;

/// <summary>
/// ScottPlot writes a bare &lt;svg&gt;. This adds what assistive technology and HTML pages need:
/// role="img", a title and description it is labelled by, a viewBox, and ids unique to the chart.
/// </summary>
internal static partial class SvgAccessibility
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    public static string Apply(string svgXml, ChartSpec spec, int width, int height, string id)
    {
        var root = XDocument.Parse(svgXml).Root
            ?? throw new InvalidOperationException("ScottPlot returned an SVG without a root element.");
        PrefixIds(root, id);
        var titleId = $"{id}-title";
        var descId = $"{id}-desc";
        root.SetAttributeValue("id", id);
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-labelledby", $"{titleId} {descId}");
        root.SetAttributeValue("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {width} {height}"));
        root.AddFirst(
            new XElement(Svg + "title", new XAttribute("id", titleId), spec.Title),
            new XElement(Svg + "desc", new XAttribute("id", descId), spec.AltText));
        return root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Derived from the spec so the same chart gets the same id on every render.</summary>
    public static string StableId(ChartSpec spec)
    {
        // FNV-1a: string.GetHashCode changes from process to process.
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes($"{spec.GetType().Name}\n{spec.Title}\n{spec.AltText}"))
            hash = (hash ^ b) * 16777619u;
        return "chart-" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    // ScottPlot numbers clip paths from a counter shared by every SVG in the process: ids would clash
    // between charts on one page and change from render to render. Renumber them within the chart.
    private static void PrefixIds(XElement root, string prefix)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in root.DescendantsAndSelf().Select(e => e.Attribute("id")).OfType<XAttribute>())
        {
            var newId = $"{prefix}-{renamed.Count + 1}";
            renamed[attribute.Value] = newId;
            attribute.Value = newId;
        }

        foreach (var attribute in root.DescendantsAndSelf().SelectMany(e => e.Attributes()))
        {
            if ((attribute.Name == "href" || attribute.Name == XLink + "href")
                && attribute.Value.StartsWith('#') && renamed.TryGetValue(attribute.Value[1..], out var target))
                attribute.Value = "#" + target;
            else if (attribute.Value.Contains("url(#", StringComparison.Ordinal))
                attribute.Value = UrlReference().Replace(attribute.Value,
                    m => renamed.TryGetValue(m.Groups[1].Value, out var id) ? $"url(#{id})" : m.Value);
        }
    }

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();
}
