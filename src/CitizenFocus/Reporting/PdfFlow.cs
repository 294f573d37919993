using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace CitizenFocus.Reporting;

/// <summary>
/// Content flowing down A4 portrait pages: a cursor, a new page when something does not fit, and
/// the drawing calls the writer needs. PDF measures up from the bottom of the page; the cursor is
/// the top of the space still free.
/// </summary>
internal sealed class PdfFlow
{
    public const double PageWidth = 595;
    public const double PageHeight = 842;
    public const double Left = 50;
    public const double Right = PageWidth - 50;
    public const double Top = PageHeight - 50;
    public const double Bottom = 60;
    public const double ContentWidth = Right - Left;
    public const double ContentHeight = Top - Bottom;

    private readonly PdfDocumentBuilder builder;

    public PdfFlow(PdfDocumentBuilder builder)
    {
        this.builder = builder;
        Page = builder.AddPage(PageSize.A4, isPortrait: true);
        Fonts = new PdfFonts(builder, Page);
    }

    public PdfFonts Fonts { get; }
    public PdfPageBuilder Page { get; private set; }

    /// <summary>The top of the free space on the current page.</summary>
    public double Y { get; private set; } = Top;

    public double Remaining => Y - Bottom;

    public bool AtTopOfPage => Y >= Top;

    public void NewPage()
    {
        Page = builder.AddPage(PageSize.A4, isPortrait: true);
        Y = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points fit on this one (or this one is empty).</summary>
    public bool EnsureSpace(double height)
    {
        if (height <= Remaining || AtTopOfPage)
            return false;
        NewPage();
        return true;
    }

    public void Advance(double height) => Y -= height;

    /// <summary>Text already made safe by <see cref="PdfFonts.Safe"/>, with its baseline at <paramref name="baseline"/>.</summary>
    public void Text(string safeText, double x, double baseline, PdfDocumentBuilder.AddedFont font, double size, Rgb? colour = null)
    {
        if (safeText.Length == 0)
            return;
        if (colour is { } c)
            Page.SetTextAndFillColor(c.R, c.G, c.B);
        Page.AddText(safeText, size, new PdfPoint(x, baseline), font);
        if (colour is not null)
            Page.ResetColor();
    }

    /// <summary>Wrapped lines at the cursor, moving it down, breaking pages between lines as needed.</summary>
    public void Lines(string text, PdfDocumentBuilder.AddedFont font, double size, double leading, Rgb? colour = null)
    {
        foreach (var line in Fonts.Wrap(text, font, size, ContentWidth))
        {
            EnsureSpace(leading);
            Text(line, Left, Y - size, font, size, colour);
            Advance(leading);
        }
    }

    public void Rule(double x1, double x2, double y, double width, Rgb colour)
    {
        Page.SetStrokeColor(colour.R, colour.G, colour.B);
        Page.DrawLine(new PdfPoint(x1, y), new PdfPoint(x2, y), width);
        Page.ResetColor();
    }

    public void Fill(double x, double bottom, double width, double height, Rgb colour)
    {
        Page.SetStrokeColor(colour.R, colour.G, colour.B);
        Page.SetTextAndFillColor(colour.R, colour.G, colour.B);
        Page.DrawRectangle(new PdfPoint(x, bottom), width, height, 0.1, fill: true);
        Page.ResetColor();
    }

    public void Png(byte[] png, double x, double bottom, double width, double height) =>
        Page.AddPng(png, new PdfRectangle(x, bottom, x + width, bottom + height));

    /// <summary>"Page N of M" on every page, once the number of pages is known.</summary>
    public void NumberPages(string footer)
    {
        var count = builder.Pages.Count;
        var safeFooter = Fonts.Safe(footer, Fonts.Regular);
        while (safeFooter.Length > 1 && Fonts.Width(safeFooter, Fonts.Regular, 8) > ContentWidth * 0.6)
            safeFooter = safeFooter[..^2] + "…";
        foreach (var (number, page) in builder.Pages.OrderBy(p => p.Key))
        {
            Page = page;
            var label = $"Page {number} of {count}";
            Rule(Left, Right, Bottom - 22, 0.5, Rgb.Border);
            Text(safeFooter, Left, Bottom - 34, Fonts.Regular, 8, Rgb.Secondary);
            Text(label, Right - Fonts.Width(label, Fonts.Regular, 8), Bottom - 34, Fonts.Regular, 8, Rgb.Secondary);
        }
    }
}
