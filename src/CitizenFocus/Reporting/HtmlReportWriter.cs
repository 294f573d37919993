using System.Text;
using System.Text.Encodings.Web;

namespace CitizenFocus.Reporting;

/// <summary>
/// A report as one self-contained HTML page (inline styles, inline SVG charts, each followed by its
/// data table), for sending by email or opening without the service.
/// </summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;max-width:960px;margin:2rem auto;padding:0 1rem;line-height:1.4}
        h1{font-size:2rem;margin-bottom:.25rem}h2{font-size:1.5rem;margin-top:2.5rem;border-top:1px solid #b1b4b6;padding-top:1rem}
        table{border-collapse:collapse;width:100%;margin:1rem 0 2rem}caption{text-align:left;font-weight:bold;margin-bottom:.5rem}
        th,td{border-bottom:1px solid #b1b4b6;padding:.4rem .5rem;text-align:left;vertical-align:top}td.num,th.num{text-align:right}
        figure{margin:1rem 0}svg{max-width:100%;height:auto}.meta{color:#505a5f}
        """;

    public static void Write(Report report, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        writer.Write(ToHtml(report));
    }

    public static string ToHtml(Report report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>").Append(E(report.Title))
            .Append("</title><style>").Append(Style).Append("</style></head><body><main>");
        html.Append("<h1>").Append(E(report.Title)).Append("</h1>");
        if (report.Subtitle is not null) html.Append("<p class=\"meta\">").Append(E(report.Subtitle)).Append("</p>");
        html.Append("<p class=\"meta\">").Append(E(report.GeneratedAt)).Append("</p>");
        var chart = 0;
        foreach (var section in report.Sections)
        {
            html.Append("<section><h2>").Append(E(section.Heading)).Append("</h2>");
            foreach (var block in section.Blocks) AppendBlock(html, block, ref chart);
            html.Append("</section>");
        }
        html.Append("</main></body></html>");
        return html.ToString();
    }

    /// <summary>One block as an HTML fragment; charts are followed by their data tables.</summary>
    public static void AppendBlock(StringBuilder html, ReportBlock block, ref int chart)
    {
        switch (block)
        {
            case Paragraph p:
                html.Append("<p>").Append(E(p.Text)).Append("</p>");
                break;
            case Table t:
                AppendTable(html, t);
                break;
            case Chart c:
                chart++;
                html.Append("<figure>").Append(ChartRenderer.ToSvg(c.Spec, id: $"chart-{chart}")).Append("</figure>");
                AppendTable(html, c.Spec.ToDataTable());
                break;
        }
    }

    public static void AppendTable(StringBuilder html, Table table)
    {
        html.Append("<table><caption>").Append(E(table.Caption)).Append("</caption><thead><tr>");
        for (var i = 0; i < table.Headers.Count; i++)
            html.Append(table.NumericColumns[i] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").Append(E(table.Headers[i])).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                if (i == 0) html.Append("<th scope=\"row\">").Append(E(row[i])).Append("</th>");
                else html.Append(table.NumericColumns[i] ? "<td class=\"num\">" : "<td>").Append(E(row[i])).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
    }

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
