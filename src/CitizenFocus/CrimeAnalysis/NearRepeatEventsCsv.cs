using System.Globalization;
using CitizenFocus.Common;
using CsvHelper;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// Reads the events of a near-repeat analysis from a CSV with the columns <c>id,x,y,date</c>: x and
/// y in metres (British National Grid eastings and northings, or any projected grid), the date as
/// an ISO date (2024-03-01). Other columns are ignored. Rows are numbered from 1 for the first row
/// after the header, and each bad field is reported with its row and column.
/// </summary>
public static class NearRepeatEventsCsv
{
    public const string IdColumn = "id";
    public const string XColumn = "x";
    public const string YColumn = "y";
    public const string DateColumn = "date";

    /// <summary>Reading stops after this many bad rows: enough to see a pattern, not a flood.</summary>
    public const int MaxErrors = 20;

    private static readonly string[] Columns = [IdColumn, XColumn, YColumn, DateColumn];

    public static async Task<Result<IReadOnlyList<NearRepeatEvent>>> ReadAsync(Stream csvFile, CancellationToken ct = default)
    {
        await using var csv = CsvFile.Open(csvFile);
        var (index, headerErrors) = await CsvFile.ReadNamedColumnsAsync(csv, Columns, "expected a header row id,x,y,date", "expected id,x,y,date", ct);
        if (index is null) return Result.Invalid(headerErrors);

        var events = new List<NearRepeatEvent>();
        var errors = new List<ValidationError>();
        await CsvFile.ForEachRowAsync(csv, errors, MaxErrors, row =>
        {
            if (Parse(csv, index, row, errors) is { } parsed && errors.Count == 0) events.Add(parsed);
        }, ct);
        if (errors.Count > 0) return Result.Invalid(errors);
        return events;
    }

    private static NearRepeatEvent? Parse(CsvReader csv, int[] index, long row, List<ValidationError> errors)
    {
        var errorsBefore = errors.Count;
        string Field(int c) => csv.GetString(index[c]);
        void Error(int c, string message) => errors.Add(new ValidationError(Columns[c], message, row));

        var id = Field(0);
        if (id.Length == 0) Error(0, "the id is missing");
        var x = Coordinate(Field(1), 1, Error);
        var y = Coordinate(Field(2), 2, Error);
        var dateText = Field(3);
        DateOnly date = default;
        if (dateText.Length == 0) Error(3, "the date is missing");
        else if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            Error(3, $"'{dateText}' is not an ISO date like 2024-03-01");

        return errors.Count > errorsBefore ? null : new NearRepeatEvent(id, x!.Value, y!.Value, date);
    }

    private static double? Coordinate(string text, int column, Action<int, string> error)
    {
        if (text.Length == 0)
        {
            error(column, $"the {Columns[column]} coordinate is missing");
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            error(column, $"'{text}' is not a number of metres");
            return null;
        }
        return value;
    }
}
