using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace CitizenFocus.Common;

/// <summary>What the CSV imports share: opening a reader, checking the header, wording the reader's errors.</summary>
public static class CsvFile
{
    /// <summary>Reading stops after this many bad rows: enough to see a pattern, not a flood.</summary>
    public const int MaxErrors = 20;

    public static CsvReaderOptions Options(bool trim = true) => CsvReaderOptions.Default with
    {
        Separator = ',',
        TrimWhitespace = trim,
        MalformedData = CsvMalformedDataHandling.Throw,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
    };

    public static CsvReader Open(Stream stream) => CsvReader.Create(stream, Options(), leaveOpen: true);

    /// <summary>The error for a row the reader could not read; the exception counts the header as record 1.</summary>
    public static ValidationError Malformed(CsvFormatException e, long rowsRead, string? file = null) =>
        new("file", "the row is not valid CSV: " + Reason(e.Message), RowOf(e, rowsRead), file);

    /// <summary>
    /// Null when the current record is valid UTF-8; otherwise the error for row <paramref name="row"/>, naming the
    /// first column that is not, and the byte. The reader would put U+FFFD in place of such bytes: a file saved in
    /// another encoding (Windows-1252 from Excel, say) would be stored with its accented letters lost, so it is refused.
    /// </summary>
    public static ValidationError? InvalidUtf8(CsvReader csv, long row, string? file = null)
    {
        if (Utf8.IsValid(csv.RawRecord)) return null;
        for (var c = 0; c < csv.FieldCount; c++)
        {
            var field = csv.GetRawSpan(c);
            var at = FirstInvalidByte(field);
            if (at < 0) continue;
            var name = c < csv.Headers.Count && !string.IsNullOrWhiteSpace(csv.Headers[c]) ? csv.Headers[c].Trim() : $"column {c + 1}";
            return new ValidationError(name,
                $"the text is not valid UTF-8 (byte 0x{field[at]:X2}, byte {at + 1} of the field, in column {c + 1}): {SaveAsUtf8}", row, file);
        }
        return new ValidationError("file", $"the row is not valid UTF-8: {SaveAsUtf8}", row, file);
    }

    /// <summary>The error when the header row held bytes that are not UTF-8 (the reader decoded them as U+FFFD), else null.</summary>
    public static ValidationError? InvalidHeader(IReadOnlyList<string> headers, string? file = null)
    {
        for (var c = 0; c < headers.Count; c++)
            if (headers[c].Contains('\uFFFD'))
                return new ValidationError("file", $"the header row is not valid UTF-8 (in column {c + 1}): {SaveAsUtf8}", null, file);
        return null;
    }

    private const string SaveAsUtf8 = "save the file as UTF-8 (\"CSV UTF-8\" in Excel) and try again";

    /// <summary>The index of the first byte that does not begin a valid UTF-8 sequence, or -1.</summary>
    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[at..], out _, out var used) != System.Buffers.OperationStatus.Done) return at;
            at += used;
        }
        return -1;
    }

    public static ValidationError TooManyErrors(int maxErrors = MaxErrors, string? file = null) =>
        new("file", $"reading stopped after {maxErrors} errors; the rest of the file was not checked", null, file);

    /// <summary>
    /// Reads the header and checks that it starts with exactly <paramref name="required"/> (in order);
    /// returns the header, or the errors to report.
    /// </summary>
    public static async Task<(IReadOnlyList<string>? Header, IReadOnlyList<ValidationError> Errors)> ReadExactHeaderAsync(
        CsvReader csv, IReadOnlyList<string> required, CancellationToken ct)
    {
        if (await ReadHeaderAsync(csv, $"expected a header row starting {string.Join(",", required)}", ct) is { } unread)
            return (null, [unread]);
        var header = csv.Headers.Select(h => h.Trim()).ToList();
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
    /// Reads the header row into <c>csv.Headers</c>; the error to report when it is not CSV, or when the file is
    /// empty (<paramref name="emptyFile"/> says what was expected), else null.
    /// </summary>
    public static async Task<ValidationError?> ReadHeaderAsync(CsvReader csv, string emptyFile, CancellationToken ct)
    {
        try
        {
            await csv.ReadHeaderAsync(ct);
        }
        catch (CsvFormatException e)
        {
            return new ValidationError("file", "the header row is not valid CSV: " + Reason(e.Message));
        }
        return csv.Headers.Count == 0 ? new ValidationError("file", "the file is empty: " + emptyFile) : InvalidHeader(csv.Headers);
    }

    /// <summary>
    /// Reads the header and finds each of <paramref name="columns"/> in it by name (trimmed, any case, in any order;
    /// other columns are ignored). Returns each column's index, or the errors to report: the header is not CSV, the
    /// file is empty (<paramref name="emptyFile"/> says what was expected), or a column is missing (with
    /// <paramref name="missingHint"/> after the message, when given).
    /// </summary>
    public static async Task<(int[]? Index, IReadOnlyList<ValidationError> Errors)> ReadNamedColumnsAsync(CsvReader csv,
        IReadOnlyList<string> columns, string emptyFile, string? missingHint, CancellationToken ct)
    {
        if (await ReadHeaderAsync(csv, emptyFile, ct) is { } unread) return (null, [unread]);
        var index = new int[columns.Count];
        var missing = new List<ValidationError>();
        for (var c = 0; c < columns.Count; c++)
        {
            index[c] = Find(csv.Headers, columns[c]);
            if (index[c] < 0)
                missing.Add(new ValidationError(columns[c], $"the header row has no '{columns[c]}' column" + (missingHint is null ? "" : $" ({missingHint})")));
        }
        return missing.Count > 0 ? (null, missing) : (index, []);
    }

    /// <summary>
    /// Reads every data row, handing each to <paramref name="row"/> with its number (1 = the first row
    /// after the header), until the end or until <paramref name="maxErrors"/> errors; a row that is not
    /// valid CSV ends the reading with an error naming it, and a row that is not valid UTF-8 is reported
    /// (row and column) and not handed on. Returns the number of rows read.
    /// </summary>
    public static Task<long> ForEachRowAsync(CsvReader csv, List<ValidationError> errors, int maxErrors, Action<long> row,
        CancellationToken ct) =>
        ForEachRowAsync(csv, errors, maxErrors, number =>
        {
            row(number);
            return ValueTask.CompletedTask;
        }, ct);

    /// <summary>As <see cref="ForEachRowAsync(CsvReader, List{ValidationError}, int, Action{long}, CancellationToken)"/>, for a row handler that writes as it goes.</summary>
    public static async Task<long> ForEachRowAsync(CsvReader csv, List<ValidationError> errors, int maxErrors, Func<long, ValueTask> row,
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
                errors.Add(Malformed(e, rows));
                break;
            }
            if (!more) break;
            rows = csv.RowNumber;
            if (InvalidUtf8(csv, rows) is { } notUtf8)
            {
                errors.Add(notUtf8);
                continue;
            }
            await row(rows);
        }
        if (errors.Count >= maxErrors)
            errors.Add(TooManyErrors(maxErrors));
        return rows;
    }

    /// <summary>The row number to report for a reader error (1 = the first row after the header).</summary>
    public static long RowOf(CsvFormatException e, long rowsRead) => e.RecordNumber > 1 ? e.RecordNumber - 1 : rowsRead + 1;

    /// <summary>The reader's reason, without its own record count (which includes the header).</summary>
    public static string Reason(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        if (line.StartsWith("Malformed CSV in record", StringComparison.Ordinal) && line.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon)
            return line[(colon + 2)..];
        // "Record 3 has 11 fields but 12 were expected."
        if (line.StartsWith("Record ", StringComparison.Ordinal) && line.IndexOf(" has ", StringComparison.Ordinal) is > 0 and var has)
            return "the row" + line[has..].TrimEnd('.');
        return line;
    }

    /// <summary>The index of the first header that <paramref name="matches"/> (trimmed, any case), or -1.</summary>
    public static int Find(IReadOnlyList<string> header, Func<string, bool> matches)
    {
        for (var h = 0; h < header.Count; h++)
            if (matches(header[h].Trim())) return h;
        return -1;
    }

    /// <summary>The index of the first of <paramref name="names"/> that the header has (any case), or -1.</summary>
    public static int Find(IReadOnlyList<string> header, params string[] names)
    {
        foreach (var name in names)
            if (Find(header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase)) is >= 0 and var found) return found;
        return -1;
    }

    /// <summary>
    /// An ONS area code, upper-cased: nine letters and digits today (E05000026, W01000001), fewer in
    /// older editions and outside Great Britain.
    /// </summary>
    public static bool TryAreaCode(string text, out string code)
    {
        code = text.ToUpperInvariant();
        if (code.Length is 0 or > 9) return false;
        foreach (var c in code)
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        return true;
    }
}
