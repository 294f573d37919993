using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace CitizenFocus.Reporting;

/// <summary>
/// Helvetica in three styles, with widths for wrapping and a guard for characters outside its
/// encoding. The standard-14 fonts need nothing embedded but only cover WinAnsi, and PdfPig's
/// metrics lack even some of that (× and € throw), so every string is made safe before it is drawn.
/// </summary>
internal sealed class PdfFonts
{
    private static readonly Dictionary<char, string> Substitutes = new()
    {
        ['\u2212'] = "-", // minus sign
        ['\u2010'] = "-",
        ['\u2011'] = "-",
        ['\u2012'] = "-",
        ['\u2265'] = ">=",
        ['\u2264'] = "<=",
        ['\u00D7'] = "x",
        ['\u20AC'] = "EUR",
        ['\u2248'] = "~",
        ['\u2192'] = "->",
        ['\u00A0'] = " ",
        ['\u2009'] = " ",
        ['\u202F'] = " ",
        ['\t'] = " ",
    };

    private readonly PdfPageBuilder measuringPage;
    private readonly Dictionary<(PdfDocumentBuilder.AddedFont, char), double?> widths = [];

    public PdfFonts(PdfDocumentBuilder builder, PdfPageBuilder measuringPage)
    {
        Regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        Bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        Italic = builder.AddStandard14Font(Standard14Font.HelveticaOblique);
        this.measuringPage = measuringPage;
    }

    public PdfDocumentBuilder.AddedFont Regular { get; }
    public PdfDocumentBuilder.AddedFont Bold { get; }
    public PdfDocumentBuilder.AddedFont Italic { get; }

    /// <summary>The text with every character the font cannot draw replaced by a near equivalent or '?'.</summary>
    public string Safe(string text, PdfDocumentBuilder.AddedFont font)
    {
        var safe = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLowSurrogate(c))
                continue; // the high surrogate before it already became '?'
            if (char.IsHighSurrogate(c))
                safe.Append('?');
            else if (char.IsControl(c))
                safe.Append(' ');
            else if (CharWidth(font, c) is not null)
                safe.Append(c);
            else if (Substitutes.TryGetValue(c, out var substitute))
                safe.Append(substitute);
            else
                safe.Append('?');
        }

        return safe.ToString();
    }

    /// <summary>Width in points of text already made <see cref="Safe"/>.</summary>
    public double Width(string safeText, PdfDocumentBuilder.AddedFont font, double size)
    {
        var total = 0.0;
        foreach (var c in safeText)
            total += CharWidth(font, c) ?? 0;
        return total * size;
    }

    /// <summary>
    /// Lines no wider than <paramref name="maxWidth"/>, breaking at spaces and, only for a word too long
    /// for a whole line, inside the word. Line breaks in the text are kept.
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, PdfDocumentBuilder.AddedFont font, double size, double maxWidth)
    {
        // A column sized to its longest word gives back that word's width less the padding added to it,
        // which in floating point can come out a hair short: without the allowance "Meeting" broke as "Meetin" "g".
        maxWidth += 1e-6;
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in Safe(paragraph, font).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Width(candidate, font, size) <= maxWidth)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                    lines.Add(line);
                line = word;
                while (line.Length > 1 && Width(line, font, size) > maxWidth)
                {
                    var fits = 1;
                    while (fits < line.Length && Width(line[..(fits + 1)], font, size) <= maxWidth)
                        fits++;
                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private double? CharWidth(PdfDocumentBuilder.AddedFont font, char c)
    {
        if (widths.TryGetValue((font, c), out var known))
            return known;
        double? width;
        try
        {
            // Measured at 100 pt for precision; nothing is drawn.
            var letters = measuringPage.MeasureText(c.ToString(), 100, new PdfPoint(0, 0), font);
            width = letters.Count == 0 ? 0 : (letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X) / 100;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // PdfPig's only way of saying the font has no glyph for the character.
            width = null;
        }

        widths[(font, c)] = width;
        return width;
    }
}
