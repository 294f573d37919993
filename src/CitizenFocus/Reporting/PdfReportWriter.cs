using UglyToad.PdfPig.Writer;

namespace CitizenFocus.Reporting;

/// <summary>
/// Writes a <see cref="Report"/> as an A4 portrait PDF: a header with the title, then each section
/// with its paragraphs, tables and charts. A chart is a picture followed by its summary and its data
/// table. Every page ends "Page N of M". Helvetica, so nothing is embedded but the charts.
/// </summary>
public static class PdfReportWriter
{
    private const double BodySize = 10;
    private const double BodyLeading = 14;

    /// <summary>
    /// Writes the whole document. Charts are drawn as pictures one by one, which is most of the time a
    /// pack takes, so the token is looked at before each block: a download abandoned or out of time stops.
    /// </summary>
    public static void Write(Report report, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = report.Title;
        builder.DocumentInformation.Producer = "CitizenFocus";
        var flow = new PdfFlow(builder);

        WriteHeader(flow, report);
        foreach (var section in report.Sections)
        {
            WriteHeading(flow, section.Heading, section.Blocks.Count > 0 ? LeastToKeepWithHeading(flow, section.Blocks[0]) : 0);
            foreach (var block in section.Blocks)
            {
                ct.ThrowIfCancellationRequested();
                switch (block)
                {
                    case Paragraph paragraph:
                        flow.Lines(paragraph.Text, flow.Fonts.Regular, BodySize, BodyLeading, Rgb.Text);
                        flow.Advance(8);
                        break;
                    case Table table:
                        PdfTableWriter.Write(flow, table);
                        break;
                    case Chart chart:
                        WriteChart(flow, chart.Spec);
                        break;
                    default:
                        throw new NotSupportedException($"No PDF layout for {block.GetType().Name}.");
                }
            }
        }

        flow.NumberPages(report.Title);
        output.Write(builder.Build());
    }

    private static void WriteHeader(PdfFlow flow, Report report)
    {
        flow.Lines(report.Title, flow.Fonts.Bold, 22, 27, Rgb.Text);
        if (!string.IsNullOrWhiteSpace(report.Subtitle))
        {
            flow.Advance(2);
            flow.Lines(report.Subtitle, flow.Fonts.Regular, 13, 17, Rgb.Text);
        }

        flow.Advance(4);
        flow.Lines($"Generated {report.GeneratedAt}", flow.Fonts.Regular, 10, 14, Rgb.Secondary);
        flow.Advance(6);
        flow.Rule(PdfFlow.Left, PdfFlow.Right, flow.Y, 2, Rgb.Text);
        flow.Advance(14);
    }

    private static void WriteHeading(PdfFlow flow, string heading, double keepWith)
    {
        if (!flow.AtTopOfPage)
            flow.Advance(10);
        var headingHeight = flow.Fonts.Wrap(heading, flow.Fonts.Bold, 15, PdfFlow.ContentWidth).Count * 19 + 6;
        flow.EnsureSpace(headingHeight + keepWith);
        flow.Lines(heading, flow.Fonts.Bold, 15, 19, Rgb.Text);
        flow.Advance(6);
    }

    /// <summary>How much of a section's first block must fit under its heading, so a heading never ends a page.</summary>
    private static double LeastToKeepWithHeading(PdfFlow flow, ReportBlock block) => block switch
    {
        Chart chart => ChartBox(chart.Spec).Height + 30,
        Table => 60,
        Paragraph paragraph => Math.Min(3, flow.Fonts.Wrap(paragraph.Text, flow.Fonts.Regular, BodySize, PdfFlow.ContentWidth).Count) * BodyLeading,
        _ => 0,
    };

    /// <summary>Full width, unless that would make the chart taller than most of a page.</summary>
    private static (double Width, double Height) ChartBox(ChartSpec spec)
    {
        var size = ChartRenderer.DefaultSize(spec);
        var width = PdfFlow.ContentWidth;
        var height = width * size.Height / size.Width;
        var mostOfAPage = PdfFlow.ContentHeight - 60;
        return height > mostOfAPage ? (width * mostOfAPage / height, mostOfAPage) : (width, height);
    }

    private static void WriteChart(PdfFlow flow, ChartSpec spec)
    {
        var png = ChartRenderer.ToPng(spec, ChartRenderer.DefaultSize(spec));
        var (width, height) = ChartBox(spec);
        flow.EnsureSpace(height + 30);
        flow.Png(png, PdfFlow.Left + (PdfFlow.ContentWidth - width) / 2, flow.Y - height, width, height);
        flow.Advance(height + 6);
        flow.Lines($"Chart summary: {spec.AltText}", flow.Fonts.Italic, 9, 12, Rgb.Secondary);
        flow.Advance(8);
        PdfTableWriter.Write(flow, spec.ToDataTable());
    }
}
