using CsvHelper;

namespace CitizenFocus.Common;

/// <summary>What the CSV imports share: opening a reader, checking the header, wording the reader's errors.</summary>
public static class CsvFile
{
    public static CsvReader Open(Stream stream) => CsvReader.Create(stream, CsvReaderOptions.Default with
    {
        Separator = ',',
        TrimWhitespace = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
    }, leaveOpen: true);

    /// <summary>
    /// Reads the header and checks that it starts with exactly <paramref name="required"/> (in order);
    /// returns the header, or the errors to report.
    /// </summary>
    public static async Task<(IReadOnlyList<string>? Header, IReadOnlyList<ValidationError> Errors)> ReadExactHeaderAsync(
        CsvReader csv, IReadOnlyList<string> required, CancellationToken ct)
    {
        try
        {
            await csv.ReadHeaderAsync(ct);
        }
        catch (CsvFormatException e)
        {
            return (null, [new ValidationError("file", "the header row is not valid CSV: " + Reason(e.Message))]);
        }
        var header = csv.Headers.Select(h => h.Trim()).ToList();
        if (header.Count == 0)
            return (null, [new ValidationError("file", $"the file is empty: expected a header row starting {string.Join(",", required)}")]);
        var errors = new List<ValidationError>();
        for (var i = 0; i < required.Count; i++)
        {
            var found = i < header.Count ? header[i] : null;
            if (!string.Equals(found, required[i], StringComparison.OrdinalIgnoreCase))
                errors.Add(new ValidationError(required[i], found is null
                    ? $"the header row has no column {i + 1} '{required[i]}'"
                    : $"column {i + 1} of the header is '{found}' but must be '{required[i]}' (the file must start with {string.Join(",", required)})"));
        }
        return errors.Count > 0 ? (null, errors) : (header, []);
    }

    /// <summary>
    /// Reads every data row, handing each to <paramref name="row"/> with its number (1 = the first row
    /// after the header), until the end or until <paramref name="maxErrors"/> errors; a row that is not
    /// valid CSV ends the reading with an error naming it. Returns the number of rows read.
    /// </summary>
    public static async Task<long> ForEachRowAsync(CsvReader csv, List<ValidationError> errors, int maxErrors, Action<long> row,
        CancellationToken ct)
    {
        long rows = 0;
        while (errors.Count < maxErrors)
        {
            bool more;
            try
            {
                more = await csv.ReadAsync(ct);
            }
            catch (CsvFormatException e)
            {
                errors.Add(new ValidationError("file", "the row is not valid CSV: " + Reason(e.Message), RowOf(e, rows)));
                break;
            }
            if (!more) break;
            rows = csv.RowNumber;
            row(rows);
        }
        if (errors.Count >= maxErrors)
            errors.Add(new ValidationError("file", $"reading stopped after {maxErrors} errors; the rest of the file was not checked"));
        return rows;
    }

    /// <summary>The row number to report for a reader error (1 = the first row after the header).</summary>
    public static long RowOf(CsvFormatException e, long rowsRead) => e.RecordNumber > 1 ? e.RecordNumber - 1 : rowsRead + 1;

    /// <summary>The reader's reason, without its own record count (which includes the header).</summary>
    public static string Reason(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.StartsWith("Malformed CSV in record", StringComparison.Ordinal) && line.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon
            ? line[(colon + 2)..]
            : line;
    }
}
