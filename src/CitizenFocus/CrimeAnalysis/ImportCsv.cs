using CitizenFocus.Common;
using CsvHelper;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>What the crime imports share: reader options, CSV errors, header lookup and ONS codes.</summary>
internal static class ImportCsv
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

    /// <summary>The error for a row the reader could not read; the exception counts the header as record 1.</summary>
    public static ValidationError Malformed(CsvFormatException e, long rowsRead, string? file = null) =>
        new("file", "the row is not valid CSV: " + Reason(e.Message), e.RecordNumber > 1 ? e.RecordNumber - 1 : rowsRead + 1, file);

    public static ValidationError TooManyErrors(string? file = null) =>
        new("file", $"reading stopped after {MaxErrors} errors; the rest was not checked", null, file);

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
