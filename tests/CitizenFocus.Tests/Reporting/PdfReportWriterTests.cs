using CitizenFocus.Reporting;
using UglyToad.PdfPig;

namespace CitizenFocus.Tests.Reporting;

public sealed class PdfReportWriterTests
{
    [Fact]
    public void The_pack_opens_as_a_pdf_of_several_a4_pages()
    {
        using var pdf = PdfDocument.Open(Write(SampleReport.Pack()));

        Assert.True(pdf.NumberOfPages > 1);
        Assert.All(pdf.GetPages(), page =>
        {
            Assert.Equal(595, page.Width, 0);
            Assert.Equal(842, page.Height, 0);
        });
        Assert.Equal("Monthly performance pack", pdf.Information.Title);
    }

    [Fact]
    public void Every_borough_and_section_heading_is_in_the_text()
    {
        using var pdf = PdfDocument.Open(Write(SampleReport.Pack()));
        var text = Squash(string.Concat(pdf.GetPages().Select(p => p.Text)));

        Assert.All(SampleReport.Boroughs, borough => Assert.Contains(Squash(borough), text, StringComparison.Ordinal));
        Assert.All(SampleReport.Headings, heading => Assert.Contains(Squash(heading), text, StringComparison.Ordinal));
        Assert.Contains(Squash("Monthly performance pack"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_chart_is_an_image_followed_by_its_summary()
    {
        using var pdf = PdfDocument.Open(Write(SampleReport.Pack()));
        var pages = pdf.GetPages().ToArray();

        Assert.Equal(3, pages.Sum(p => p.GetImages().Count()));
        foreach (var spec in new ChartSpec[] { SampleReport.BoroughBars(), SampleReport.ForceTrend(), SampleReport.BoroughFunnel() })
        {
            var start = Squash("Chart summary: " + spec.AltText)[..40];
            var page = Assert.Single(pages, p => Squash(p.Text).Contains(start, StringComparison.Ordinal));
            Assert.NotEmpty(page.GetImages());
        }
    }

    [Fact]
    public void Every_page_is_numbered_out_of_the_total()
    {
        using var pdf = PdfDocument.Open(Write(SampleReport.Pack()));
        var count = pdf.NumberOfPages;

        Assert.All(pdf.GetPages(), page => Assert.Contains($"Page {page.Number} of {count}", page.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_table_continues_on_the_next_page_under_its_header_again()
    {
        var rows = Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)[$"Ward {i:000}", $"{i * 3}"]).ToArray();
        var report = new Report("Wards", null, "today", [new ReportSection("All wards", [new Table("Calls by ward", ["Ward name", "Calls"], rows, [false, true])])]);

        using var pdf = PdfDocument.Open(Write(report));
        var pages = pdf.GetPages().ToArray();

        Assert.True(pages.Length > 1);
        Assert.All(pages, page => Assert.Contains("Ward name", page.Text, StringComparison.Ordinal));
        Assert.Contains("Calls by ward (continued)", pages[1].Text, StringComparison.Ordinal);
        var text = string.Concat(pages.Select(p => p.Text));
        Assert.All(Enumerable.Range(1, 120), i => Assert.Contains($"Ward {i:000}", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Characters_helvetica_cannot_draw_are_replaced_rather_than_failing()
    {
        var report = new Report("Symbols", null, "today",
            [new ReportSection("Signs", [new Paragraph("At least ≥ 75% − a fall of 2 × 1 points – en dash kept, £5 kept, 😀 gone")])]);

        using var pdf = PdfDocument.Open(Write(report));
        var text = pdf.GetPage(1).Text;

        Assert.Contains("At least >= 75% - a fall of 2 x 1 points – en dash kept, £5 kept", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_paragraph_wraps_inside_the_margins()
    {
        var words = string.Join(' ', Enumerable.Repeat("satisfaction", 200));
        var report = new Report("Wrapping", null, "today", [new ReportSection("Long", [new Paragraph(words)])]);

        using var pdf = PdfDocument.Open(Write(report));
        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToArray();

        Assert.All(letters, letter => Assert.InRange(letter.BoundingBox.Right, 0, 595 - 49));
        Assert.Equal(200, pdf.GetPages().Sum(p => p.GetWords().Count(w => w.Text == "satisfaction")));
    }

    [Fact]
    public void Table_cells_wrap_between_words_and_a_table_too_wide_for_its_longest_words_gets_smaller_type_instead_of_broken_words()
    {
        // Fourteen columns whose longest words side by side are wider than the page at the usual size.
        string[] grades = ["Meeting", "Exceeding", "Failing", "Not graded"];
        var headers = Enumerable.Range(1, 14).Select(i => $"Effective {i}").ToArray();
        var rows = Enumerable.Range(0, 6).Select(r => (IReadOnlyList<string>)headers.Select((_, c) => grades[(r + c) % grades.Length]).ToArray()).ToArray();
        var narrow = new Table("Grades", headers, rows);
        var usual = new Table("Scorecard", ["Indicator", "Estimate", "95% interval", "Effective sample", "Peer average", "Against the peer average",
                "A year earlier", "Change on a year earlier", "Grade"],
            [["Confident the police do a good job", "40.0%", "33.5% to 46.9%", "200", "56.7%", "-16.7 points (-22.0 to -11.2), significant", "56.0%",
                "-16.0 points (-25.1 to -6.6), significant", "Meeting"]]);
        var report = new Report("Grades", null, "today", [new ReportSection("Tables", [narrow, usual])]);

        using var pdf = PdfDocument.Open(Write(report));
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();

        Assert.Equal(rows.SelectMany(r => r).Count(c => c == "Meeting") + 1, words.Count(w => w == "Meeting"));
        Assert.Equal(rows.SelectMany(r => r).Count(c => c == "Exceeding"), words.Count(w => w == "Exceeding"));
        Assert.Equal(14 + 1, words.Count(w => w == "Effective"));
        Assert.Contains("significant", words);
        Assert.DoesNotContain(words, w => w is "Meetin" or "Exceedin" or "Effectiv" or "significan" or "g" or "e" or "t");
    }

    private static byte[] Write(Report report)
    {
        using var stream = new MemoryStream();
        PdfReportWriter.Write(report, stream);
        return stream.ToArray();
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
