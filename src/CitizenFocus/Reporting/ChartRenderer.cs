namespace CitizenFocus.Reporting;

/// <summary>
/// Draws a <see cref="ChartSpec"/> with ScottPlot: SVG for pages (with its title, description and
/// role for assistive technology) and PNG for the PDF. Output depends only on the spec and size.
/// </summary>
public static class ChartRenderer
{
    /// <summary>A size that fits the chart's content, such as one row per bar for horizontal bars.</summary>
    public static ChartSize DefaultSize(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec switch
        {
            HorizontalBarChart bars => new ChartSize(800, Math.Max(320, 110 + 22 * bars.Bars.Count)),
            BarChart bars when bars.Bars.Count > 8 => new ChartSize(800, 520),
            FunnelPlot => new ChartSize(800, 500),
            _ => new ChartSize(800, 450),
        };
    }

    /// <summary>
    /// An &lt;svg&gt; element ready to place in HTML: role="img", labelled by a &lt;title&gt; (the chart
    /// title) and a &lt;desc&gt; (the alt text), with a viewBox so it scales, and every id prefixed with
    /// <paramref name="id"/> so several charts can share a page.
    /// </summary>
    public static string ToSvg(ChartSpec spec, ChartSize? size = null, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var (width, height) = size ?? DefaultSize(spec);
        using var plot = ChartPlots.Build(spec, new ChartSize(width, height));
        var svg = plot.GetSvgXml(width, height);
        return SvgAccessibility.Apply(svg, spec, width, height, id ?? SvgAccessibility.StableId(spec));
    }

    /// <summary>PNG bytes; <paramref name="scale"/> 2 gives print resolution at the same layout.</summary>
    public static byte[] ToPng(ChartSpec spec, ChartSize? size = null, double scale = 2)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 0.5);
        var (width, height) = size ?? DefaultSize(spec);
        using var plot = ChartPlots.Build(spec, new ChartSize(width, height));
        plot.ScaleFactor = scale;
        return plot.GetImageBytes((int)Math.Round(width * scale), (int)Math.Round(height * scale), ScottPlot.ImageFormat.Png);
    }
}
