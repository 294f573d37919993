namespace CitizenFocus.Reporting;

/// <summary>
/// Draws a <see cref="Table"/>: caption, shaded header row, wrapped cells, numbers right-aligned.
/// Cells wrap between words only: every column is at least as wide as its longest word, and a table
/// whose longest words will not fit the page side by side is set in a smaller type until they do.
/// A table that runs off the page continues on the next one under its caption and header again.
/// </summary>
internal static class PdfTableWriter
{
    private const double Size = 8.5;
    private const double Leading = 11;
    private const double SmallestSize = 5;
    private const double PadX = 4;
    private const double PadY = 3.5;
    private const double CaptionSize = 10;
    private const double CaptionLeading = 13;

    public static void Write(PdfFlow flow, Table table)
    {
        var fonts = flow.Fonts;
        var (widths, size) = ColumnWidths(fonts, table);
        var style = new Style(size, Leading * size / Size);
        var header = Layout(fonts, table.Headers, widths, fonts.Bold, style);
        var rows = table.Rows.Select(r => Layout(fonts, r, widths, fonts.Regular, style)).ToArray();
        var captionLines = fonts.Wrap(table.Caption, fonts.Bold, CaptionSize, PdfFlow.ContentWidth);

        // Caption, header and the first row stay together.
        flow.EnsureSpace(captionLines.Count * CaptionLeading + 4 + header.Height + (rows.Length > 0 ? rows[0].Height : 0));
        Caption(flow, table.Caption);
        Row(flow, table, header, widths, style, isHeader: true);
        foreach (var row in rows)
        {
            if (row.Height > flow.Remaining && !flow.AtTopOfPage)
            {
                flow.NewPage();
                Caption(flow, table.Caption + " (continued)");
                Row(flow, table, header, widths, style, isHeader: true);
            }

            Row(flow, table, row, widths, style, isHeader: false);
        }

        flow.Advance(12);
    }

    private static void Caption(PdfFlow flow, string caption)
    {
        flow.Lines(caption, flow.Fonts.Bold, CaptionSize, CaptionLeading);
        flow.Advance(4);
    }

    private static void Row(PdfFlow flow, Table table, RowLayout row, double[] widths, Style style, bool isHeader)
    {
        var font = isHeader ? flow.Fonts.Bold : flow.Fonts.Regular;
        var top = flow.Y;
        if (isHeader)
            flow.Fill(PdfFlow.Left, top - row.Height, widths.Sum(), row.Height, Rgb.HeaderFill);

        var x = PdfFlow.Left;
        for (var c = 0; c < widths.Length; c++)
        {
            var lines = row.Cells[c];
            for (var l = 0; l < lines.Count; l++)
            {
                var baseline = top - PadY - style.Size - l * style.Leading + 1.5;
                var lineX = table.NumericColumns[c]
                    ? x + widths[c] - PadX - flow.Fonts.Width(lines[l], font, style.Size)
                    : x + PadX;
                flow.Text(lines[l], lineX, baseline, font, style.Size);
            }

            x += widths[c];
        }

        flow.Advance(row.Height);
        flow.Rule(PdfFlow.Left, PdfFlow.Left + widths.Sum(), flow.Y, isHeader ? 1 : 0.5, isHeader ? Rgb.Text : Rgb.Border);
    }

    private static RowLayout Layout(PdfFonts fonts, IReadOnlyList<string> cells, double[] widths, UglyToad.PdfPig.Writer.PdfDocumentBuilder.AddedFont font,
        Style style)
    {
        var wrapped = cells.Select((cell, c) => fonts.Wrap(cell, font, style.Size, widths[c] - 2 * PadX)).ToArray();
        var height = wrapped.Max(lines => lines.Count) * style.Leading + 2 * PadY;
        return new RowLayout(wrapped, height);
    }

    /// <summary>
    /// Each column as wide as its widest cell when the table fits the page; otherwise every column
    /// keeps room for its longest word and the rest of the width goes to the columns that need most.
    /// When even the longest words do not fit side by side the type gets smaller (down to 5 points)
    /// rather than a word being broken.
    /// </summary>
    private static (double[] Widths, double Size) ColumnWidths(PdfFonts fonts, Table table)
    {
        var available = PdfFlow.ContentWidth;
        var size = Size;
        var (natural, minimum) = Measure(fonts, table, size);
        if (minimum.Sum() > available)
        {
            // Text widths scale with the type size, the padding does not.
            var padding = 2 * PadX * table.Headers.Count;
            size = Math.Max(SmallestSize, Math.Floor(10 * size * (available - padding) / (minimum.Sum() - padding)) / 10);
            (natural, minimum) = Measure(fonts, table, size);
            while (minimum.Sum() > available && size > SmallestSize)
            {
                size = Math.Round(size - 0.1, 1);
                (natural, minimum) = Measure(fonts, table, size);
            }
        }

        if (natural.Sum() <= available)
        {
            // Spread the spare width evenly: a full-width table reads as one block with the text.
            var spare = (available - natural.Sum()) / natural.Length;
            return (natural.Select(w => w + spare).ToArray(), size);
        }

        // Only when the smallest type will not do either: the words must break after all.
        if (minimum.Sum() >= available)
            return (minimum.Select(w => w * available / minimum.Sum()).ToArray(), size);

        var want = natural.Zip(minimum, (n, m) => n - m).ToArray();
        var extra = available - minimum.Sum();
        return (minimum.Select((m, c) => m + extra * want[c] / want.Sum()).ToArray(), size);
    }

    /// <summary>Each column's width for its widest cell on one line, and for its longest word, at a type size.</summary>
    private static (double[] Natural, double[] Minimum) Measure(PdfFonts fonts, Table table, double size)
    {
        var columns = table.Headers.Count;
        var natural = new double[columns];
        var minimum = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            foreach (var (text, font) in table.Rows.Select(r => (r[c], fonts.Regular)).Prepend((table.Headers[c], fonts.Bold)))
            {
                var safe = fonts.Safe(text, font);
                natural[c] = Math.Max(natural[c], fonts.Width(safe, font, size) + 2 * PadX);
                foreach (var word in safe.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    minimum[c] = Math.Max(minimum[c], fonts.Width(word, font, size) + 2 * PadX);
            }

            natural[c] = Math.Max(natural[c], 24);
            minimum[c] = Math.Max(minimum[c], 24);
        }

        return (natural, minimum);
    }

    private sealed record Style(double Size, double Leading);

    private sealed record RowLayout(IReadOnlyList<string>[] Cells, double Height);
}
