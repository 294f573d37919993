namespace CitizenFocus.Reporting;

/// <summary>
/// Draws a <see cref="Table"/>: caption, shaded header row, wrapped cells, numbers right-aligned.
/// A table that runs off the page continues on the next one under its caption and header again.
/// </summary>
internal static class PdfTableWriter
{
    private const double Size = 8.5;
    private const double Leading = 11;
    private const double PadX = 4;
    private const double PadY = 3.5;
    private const double CaptionSize = 10;
    private const double CaptionLeading = 13;

    public static void Write(PdfFlow flow, Table table)
    {
        var fonts = flow.Fonts;
        var widths = ColumnWidths(fonts, table);
        var header = Layout(fonts, table.Headers, widths, fonts.Bold);
        var rows = table.Rows.Select(r => Layout(fonts, r, widths, fonts.Regular)).ToArray();
        var captionLines = fonts.Wrap(table.Caption, fonts.Bold, CaptionSize, PdfFlow.ContentWidth);

        // Caption, header and the first row stay together.
        flow.EnsureSpace(captionLines.Count * CaptionLeading + 4 + header.Height + (rows.Length > 0 ? rows[0].Height : 0));
        Caption(flow, table.Caption);
        Row(flow, table, header, widths, isHeader: true);
        foreach (var row in rows)
        {
            if (row.Height > flow.Remaining && !flow.AtTopOfPage)
            {
                flow.NewPage();
                Caption(flow, table.Caption + " (continued)");
                Row(flow, table, header, widths, isHeader: true);
            }

            Row(flow, table, row, widths, isHeader: false);
        }

        flow.Advance(12);
    }

    private static void Caption(PdfFlow flow, string caption)
    {
        flow.Lines(caption, flow.Fonts.Bold, CaptionSize, CaptionLeading);
        flow.Advance(4);
    }

    private static void Row(PdfFlow flow, Table table, RowLayout row, double[] widths, bool isHeader)
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
                var baseline = top - PadY - Size - l * Leading + 1.5;
                var lineX = table.NumericColumns[c]
                    ? x + widths[c] - PadX - flow.Fonts.Width(lines[l], font, Size)
                    : x + PadX;
                flow.Text(lines[l], lineX, baseline, font, Size);
            }

            x += widths[c];
        }

        flow.Advance(row.Height);
        flow.Rule(PdfFlow.Left, PdfFlow.Left + widths.Sum(), flow.Y, isHeader ? 1 : 0.5, isHeader ? Rgb.Text : Rgb.Border);
    }

    private static RowLayout Layout(PdfFonts fonts, IReadOnlyList<string> cells, double[] widths, UglyToad.PdfPig.Writer.PdfDocumentBuilder.AddedFont font)
    {
        var wrapped = cells.Select((cell, c) => fonts.Wrap(cell, font, Size, widths[c] - 2 * PadX)).ToArray();
        var height = wrapped.Max(lines => lines.Count) * Leading + 2 * PadY;
        return new RowLayout(wrapped, height);
    }

    /// <summary>
    /// Each column as wide as its widest cell when the table fits the page; otherwise every column
    /// keeps room for its longest word and the rest of the width goes to the columns that need most.
    /// </summary>
    private static double[] ColumnWidths(PdfFonts fonts, Table table)
    {
        var columns = table.Headers.Count;
        var natural = new double[columns];
        var minimum = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            foreach (var (text, font) in table.Rows.Select(r => (r[c], fonts.Regular)).Prepend((table.Headers[c], fonts.Bold)))
            {
                var safe = fonts.Safe(text, font);
                natural[c] = Math.Max(natural[c], fonts.Width(safe, font, Size) + 2 * PadX);
                foreach (var word in safe.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    minimum[c] = Math.Max(minimum[c], fonts.Width(word, font, Size) + 2 * PadX);
            }

            natural[c] = Math.Max(natural[c], 24);
            minimum[c] = Math.Max(minimum[c], 24);
        }

        var available = PdfFlow.ContentWidth;
        if (natural.Sum() <= available)
        {
            // Spread the spare width evenly: a full-width table reads as one block with the text.
            var spare = (available - natural.Sum()) / columns;
            return natural.Select(w => w + spare).ToArray();
        }

        if (minimum.Sum() >= available)
            return minimum.Select(w => w * available / minimum.Sum()).ToArray();

        var want = natural.Zip(minimum, (n, m) => n - m).ToArray();
        var extra = available - minimum.Sum();
        return minimum.Select((m, c) => m + extra * want[c] / want.Sum()).ToArray();
    }

    private sealed record RowLayout(IReadOnlyList<string>[] Cells, double Height);
}
