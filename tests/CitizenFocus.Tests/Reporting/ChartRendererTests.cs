using System.Buffers.Binary;
using System.Xml.Linq;
using CitizenFocus.Reporting;

namespace CitizenFocus.Tests.Reporting;

public sealed class ChartRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Kinds => ["bars", "horizontal", "trend", "funnel"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Svg_is_an_image_labelled_by_its_title_and_alt_text(string kind)
    {
        var spec = Spec(kind);

        var svg = XElement.Parse(ChartRenderer.ToSvg(spec));

        Assert.Equal("img", (string?)svg.Attribute("role"));
        var title = Assert.Single(svg.Elements(Svg + "title"));
        var desc = Assert.Single(svg.Elements(Svg + "desc"));
        Assert.Equal(spec.Title, title.Value);
        Assert.Equal(spec.AltText, desc.Value);
        Assert.Equal($"{(string?)title.Attribute("id")} {(string?)desc.Attribute("id")}", (string?)svg.Attribute("aria-labelledby"));
        Assert.NotNull(svg.Attribute("viewBox"));
    }

    [Fact]
    public void Trend_svg_draws_the_series_band_and_month_labels()
    {
        var svg = XElement.Parse(ChartRenderer.ToSvg(SampleReport.ForceTrend()));
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToArray();
        var plotArea = PlotArea(svg);

        Assert.True(svg.Descendants(Svg + "path").Count() > 5);
        // One marker per month with a figure: 11 for the first series (August missing), 12 for the second.
        Assert.Equal(23, plotArea.SelectMany(g => g.Descendants(Svg + "ellipse")).Count());
        Assert.Contains("Apr 2025", texts);
        Assert.Contains("Victims & witnesses", texts);
    }

    [Fact]
    public void Bar_svg_names_every_borough()
    {
        var svg = XElement.Parse(ChartRenderer.ToSvg(SampleReport.BoroughBars()));
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToHashSet();

        Assert.All(SampleReport.Boroughs, b => Assert.Contains(b, texts));
        Assert.True(svg.Descendants(Svg + "path").Count() > 0);
    }

    [Fact]
    public void Two_charts_on_one_page_share_no_ids()
    {
        static HashSet<string> Ids(ChartSpec spec) =>
            XElement.Parse(ChartRenderer.ToSvg(spec)).DescendantsAndSelf()
                .Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet();

        var bars = Ids(SampleReport.BoroughBars());
        var trend = Ids(SampleReport.ForceTrend());

        Assert.NotEmpty(bars);
        Assert.Empty(bars.Intersect(trend));
    }

    [Fact]
    public void Clip_path_references_follow_the_prefixed_ids()
    {
        var svg = XElement.Parse(ChartRenderer.ToSvg(SampleReport.ForceTrend(), id: "trend"));
        var ids = svg.DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet();
        var references = svg.Descendants().Select(e => (string?)e.Attribute("clip-path")).OfType<string>().ToArray();

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.Contains(r["url(#".Length..^1], ids));
        Assert.All(ids, id => Assert.StartsWith("trend", id, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_spec_renders_the_same_svg()
    {
        Assert.Equal(ChartRenderer.ToSvg(SampleReport.BoroughFunnel()), ChartRenderer.ToSvg(SampleReport.BoroughFunnel()));
    }

    [Fact]
    public void Png_is_the_size_asked_for_times_the_scale()
    {
        var png = ChartRenderer.ToPng(SampleReport.ForceTrend(), new ChartSize(600, 300), scale: 2);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(1200, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(600, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public void Horizontal_bars_get_taller_with_more_categories()
    {
        var few = ChartRenderer.DefaultSize(EqualityGaps(4));
        var many = ChartRenderer.DefaultSize(EqualityGaps(32));

        Assert.True(many.Height > few.Height);
    }

    /// <summary>The groups clipped to the data area (the first clip path), which leaves out the legend.</summary>
    private static IEnumerable<XElement> PlotArea(XElement svg)
    {
        var clips = svg.Descendants(Svg + "clipPath").ToDictionary(
            c => (string)c.Attribute("id")!,
            c => c.Element(Svg + "rect")!.Attributes().Select(a => a.ToString()).Aggregate((a, b) => a + b));
        var dataArea = clips.Values.First();
        return svg.Descendants(Svg + "g").Where(g =>
            (string?)g.Attribute("clip-path") is { } reference && clips[reference["url(#".Length..^1]] == dataArea);
    }

    internal static HorizontalBarChart EqualityGaps(int count) => new()
    {
        Title = "Gap in satisfaction by ethnic group",
        XAxisTitle = "Difference from White British victims (percentage points)",
        YAxisTitle = "Group",
        AltText = "Horizontal bar chart of differences in satisfaction; most intervals include zero.",
        Bars = Enumerable.Range(0, count)
            .Select(i => new BarItem($"Group {i + 1}", i % 2 == 0 ? -3 - i : 2 + i, -8 - i, 6 + i))
            .ToArray(),
        ReferenceLine = 0,
        ReferenceLabel = "No difference",
    };

    private static ChartSpec Spec(string kind) => kind switch
    {
        "bars" => SampleReport.BoroughBars(),
        "horizontal" => EqualityGaps(6),
        "trend" => SampleReport.ForceTrend(),
        _ => SampleReport.BoroughFunnel(),
    };
}
