namespace CitizenFocus.Reporting;

/// <summary>
/// A table of text cells. Numbers arrive already formatted so that the PDF, the page and the data
/// table under a chart all show the same figures; <see cref="NumericColumns"/> only right-aligns.
/// </summary>
public sealed record Table : ReportBlock
{
    public Table(string caption, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows,
        IReadOnlyList<bool>? numericColumns = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        if (headers.Count == 0)
            throw new ArgumentException("A table needs at least one column.", nameof(headers));
        numericColumns ??= headers.Select(_ => false).ToArray();
        if (numericColumns.Count != headers.Count)
            throw new ArgumentException(
                $"There are {headers.Count} headers but {numericColumns.Count} numeric-column flags.", nameof(numericColumns));
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Count != headers.Count)
                throw new ArgumentException($"Row {i + 1} has {rows[i].Count} cells; the table has {headers.Count} columns.", nameof(rows));
        }

        Caption = caption;
        Headers = headers;
        Rows = rows;
        NumericColumns = numericColumns;
    }

    public string Caption { get; }
    public IReadOnlyList<string> Headers { get; }
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }
    public IReadOnlyList<bool> NumericColumns { get; }
}
