using System.Globalization;
using System.Text;
using CitizenFocus.Common;
using CsvHelper;

namespace CitizenFocus.CrimeAnalysis;

internal enum PoliceUkFileKind
{
    Street,
    Outcomes,
}

/// <summary>Where an LSOA lies: its ward and borough when the ward is one of the force's, else nulls.</summary>
internal readonly record struct LsoaPlace(int? WardId, int? BoroughId);

/// <summary>
/// Reads one police.uk file, street-level or outcomes (told apart by the header), into rows with their
/// ids, checking each field and counting the rows that cannot be placed on the map. Reading is
/// synchronous and row by row, so that the rows stream straight into the bulk insert.
/// </summary>
internal sealed class PoliceUkFileReader : IDisposable
{
    public static readonly string[] StreetHeader =
        ["Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context"];

    public static readonly string[] OutcomesHeader =
        ["Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location", "LSOA code", "LSOA name", "Outcome type"];

    /// <summary>The crime types police.uk publishes; any other is an error (see <see cref="ImportPoliceUk"/>).</summary>
    public static IReadOnlyList<string> CrimeTypes => PoliceUkCrimeTypes.Names;

    private const int ForceLength = 80, LocationLength = 120, LsoaCodeLength = 9, LsoaNameLength = 80,
        OutcomeLength = 120, ContextLength = 500;

    private const long ProgressEvery = 1 << 16;

    private readonly CsvReader csv;
    private readonly string file;
    private readonly IReadOnlyList<string> header;
    private readonly List<ValidationError> errors;
    private readonly Dictionary<string, LsoaPlace> lsoas;
    private readonly OpenDataLookups lookups;
    private readonly int[] crimeTypeGroups;
    private readonly IProgress<long>? progress;
    private readonly long rowsBefore;

    // The previous row's values: files are one force and one month, so most rows repeat them.
    private readonly byte[] lastMonthText = new byte[7];
    private bool hasLastMonth;
    private DateOnly lastMonth;
    private readonly byte[]?[] lastForceText = new byte[]?[4];
    private readonly int[] lastForce = new int[4];
    private (int ReportedBy, DateOnly Month) lastPublished;
    private (int FallsWithin, DateOnly Month) lastForceMonth;

    private PoliceUkFileReader(CsvReader csv, string file, PoliceUkFileKind kind, List<ValidationError> errors,
        Dictionary<string, LsoaPlace> lsoas, OpenDataLookups lookups, int[] crimeTypeGroups, IProgress<long>? progress, long rowsBefore)
    {
        this.csv = csv;
        this.lookups = lookups;
        this.file = file;
        Kind = kind;
        header = kind == PoliceUkFileKind.Street ? StreetHeader : OutcomesHeader;
        this.errors = errors;
        this.lsoas = lsoas;
        this.crimeTypeGroups = crimeTypeGroups;
        this.progress = progress;
        this.rowsBefore = rowsBefore;
    }

    public PoliceUkFileKind Kind { get; }
    public long Rows { get; private set; }
    public long WithoutCoordinates { get; private set; }
    public long WithoutLsoa { get; private set; }
    public long LsoaNotInLookup { get; private set; }
    public long OutsideWards { get; private set; }

    /// <summary>The force-months the file publishes (police.uk publishes one file per reporting force and month).</summary>
    public HashSet<(int ReportedBy, DateOnly Month)> Published { get; } = [];

    /// <summary>The areas' months its rows fall in (British Transport Police rows fall within other forces).</summary>
    public HashSet<(int FallsWithin, DateOnly Month)> ForceMonths { get; } = [];

    /// <summary>
    /// Opens the file and reads its header; null, with an error added, when it is neither kind of
    /// police.uk file. <paramref name="crimeTypeGroups"/> holds the group mask of each crime type, by id.
    /// </summary>
    public static PoliceUkFileReader? Open(Stream stream, string file, List<ValidationError> errors,
        Dictionary<string, LsoaPlace> lsoas, OpenDataLookups lookups, int[] crimeTypeGroups, IProgress<long>? progress, long rowsBefore)
    {
        var csv = CsvReader.Create(stream, CsvFile.Options(trim: false) with
        {
            PoolStrings = true,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        }, leaveOpen: true);
        try
        {
            csv.ReadHeader();
        }
        catch (CsvFormatException e)
        {
            errors.Add(new ValidationError("file", "the header row is not valid CSV: " + CsvFile.Reason(e.Message), null, file));
            csv.Dispose();
            return null;
        }
        if (CsvFile.InvalidHeader(csv.Headers, file) is { } notUtf8)
        {
            errors.Add(notUtf8);
            csv.Dispose();
            return null;
        }
        PoliceUkFileKind? kind = Matches(csv.Headers, StreetHeader) ? PoliceUkFileKind.Street
            : Matches(csv.Headers, OutcomesHeader) ? PoliceUkFileKind.Outcomes
            : null;
        if (kind is null)
        {
            errors.Add(new ValidationError("file", csv.Headers.Count == 0
                ? "the file is empty: expected a police.uk street-level or outcomes file"
                : $"the header row is not that of a police.uk street-level file ({string.Join(",", StreetHeader)}) or outcomes file ({string.Join(",", OutcomesHeader)})",
                null, file));
            csv.Dispose();
            return null;
        }
        return new PoliceUkFileReader(csv, file, kind.Value, errors, lsoas, lookups, crimeTypeGroups, progress, rowsBefore);
    }

    private static bool Matches(IReadOnlyList<string> header, string[] expected)
    {
        if (header.Count != expected.Length) return false;
        for (var i = 0; i < expected.Length; i++)
            if (!string.Equals(header[i].Trim(), expected[i], StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>
    /// The street-level rows, with ids from <paramref name="firstId"/>. After the first error (in any
    /// file of the run) nothing more is returned, but reading goes on to report further errors.
    /// </summary>
    public IEnumerable<OpenDataCrime> StreetRows(long firstId)
    {
        var id = firstId;
        while (Next())
        {
            var row = ParseStreet();
            if (row is null || errors.Count > 0) continue;
            row.Id = id++;
            yield return row;
        }
    }

    /// <summary>The outcome rows, with ids from <paramref name="firstId"/>; as <see cref="StreetRows"/>.</summary>
    public IEnumerable<OpenDataOutcome> OutcomeRows(long firstId)
    {
        var id = firstId;
        while (Next())
        {
            var row = ParseOutcome();
            if (row is null || errors.Count > 0) continue;
            row.Id = id++;
            yield return row;
        }
    }

    /// <summary>Reads the rest of the file for its errors alone.</summary>
    public void Check()
    {
        if (Kind == PoliceUkFileKind.Street)
            foreach (var _ in StreetRows(0)) { }
        else
            foreach (var _ in OutcomeRows(0)) { }
    }

    /// <summary>Moves to the next row that is valid UTF-8, reporting (and skipping) any that is not; false at the end or on too many errors.</summary>
    private bool Next()
    {
        while (true)
        {
            if (errors.Count >= CsvFile.MaxErrors) return false;
            try
            {
                if (!csv.Read()) return false;
            }
            catch (CsvFormatException e)
            {
                errors.Add(CsvFile.Malformed(e, Rows, file));
                return false;
            }
            Rows = csv.RowNumber;
            if (Rows % ProgressEvery == 0) progress?.Report(rowsBefore + Rows);
            if (CsvFile.InvalidUtf8(csv, Rows, file) is not { } notUtf8) return true;
            errors.Add(notUtf8);
        }
    }

    /// <summary>The first nine columns, which both kinds of file share: the crime, its month, forces and place.</summary>
    private readonly record struct RowStart(byte[]? CrimeId, DateOnly Month, int ReportedBy, int FallsWithin, double? Longitude,
        double? Latitude, string? Location, string? LsoaCode, string? LsoaName);

    private RowStart ReadRowStart(bool crimeIdRequired) => new(CrimeId(crimeIdRequired), Month(), Force(2), Force(3),
        Coordinate(4, 180), Coordinate(5, 90), Text(6, LocationLength), Text(7, LsoaCodeLength), Text(8, LsoaNameLength));

    private int? PlaceOf(in RowStart p) => lookups.Place(p.Longitude, p.Latitude, p.Location, p.LsoaCode, p.LsoaName);

    private OpenDataCrime? ParseStreet()
    {
        var errorsBefore = errors.Count;
        var p = ReadRowStart(crimeIdRequired: false);
        var type = CrimeType();
        var outcome = Text(10, OutcomeLength);
        var context = Text(11, ContextLength);
        if (errors.Count > errorsBefore) return null;

        if (p.Longitude is null || p.Latitude is null) WithoutCoordinates++;
        LsoaPlace place = default;
        if (p.LsoaCode is null) WithoutLsoa++;
        else if (!lsoas.TryGetValue(p.LsoaCode, out place)) LsoaNotInLookup++;
        else if (place.WardId is null) OutsideWards++;
        RecordPublished(p.ReportedBy, p.Month);
        if (p.Month != lastForceMonth.Month || p.FallsWithin != lastForceMonth.FallsWithin)
        {
            lastForceMonth = (p.FallsWithin, p.Month);
            ForceMonths.Add(lastForceMonth);
        }
        return new OpenDataCrime
        {
            CrimeId = p.CrimeId, Month = p.Month, ReportedById = p.ReportedBy, FallsWithinId = p.FallsWithin, PlaceId = PlaceOf(p),
            CrimeTypeId = type, OutcomeTypeId = outcome is null ? null : lookups.OutcomeType(outcome), Context = context,
            WardId = place.WardId, BoroughId = place.BoroughId, Groups = crimeTypeGroups[type],
        };
    }

    private OpenDataOutcome? ParseOutcome()
    {
        var errorsBefore = errors.Count;
        var p = ReadRowStart(crimeIdRequired: true);
        var outcome = Text(9, OutcomeLength);
        if (outcome is null && errors.Count == errorsBefore) Error(9, "the outcome type is missing");
        if (errors.Count > errorsBefore) return null;

        RecordPublished(p.ReportedBy, p.Month);
        return new OpenDataOutcome
        {
            CrimeId = p.CrimeId!, Month = p.Month, ReportedById = p.ReportedBy, FallsWithinId = p.FallsWithin, PlaceId = PlaceOf(p),
            OutcomeTypeId = lookups.OutcomeType(outcome!),
        };
    }

    private void RecordPublished(int reportedBy, DateOnly month)
    {
        if (month == lastPublished.Month && reportedBy == lastPublished.ReportedBy) return;
        lastPublished = (reportedBy, month);
        Published.Add(lastPublished);
    }

    /// <summary>police.uk's 64 hexadecimal digits, as bytes; null when empty (anti-social behaviour) or wrong.</summary>
    private byte[]? CrimeId(bool required)
    {
        var text = csv.GetSpan(0);
        if (text.IsEmpty)
        {
            if (required) Error(0, "the crime ID is missing");
            return null;
        }
        var id = PoliceUkCrimeId.Parse(text);
        if (id is null)
            Error(0, $"'{Encoding.UTF8.GetString(text)}' is not a police.uk crime ID ({PoliceUkCrimeId.Digits} hexadecimal digits)");
        return id;
    }

    private void Error(int column, string message) => errors.Add(new ValidationError(header[column], message, Rows, file));

    /// <summary>The field, or null when it is empty.</summary>
    private string? Text(int column, int maxLength)
    {
        if (csv.GetSpan(column).IsEmpty) return null;
        var text = csv.GetString(column);
        if (text.Length > maxLength)
        {
            Error(column, $"the value is longer than {maxLength} characters");
            return null;
        }
        return text;
    }

    /// <summary>The force's id (<see cref="OpenDataLookups.Force"/>); 0 with an error when it is missing or too long.</summary>
    private int Force(int column)
    {
        var text = csv.GetSpan(column);
        if (lastForceText[column] is { } last && text.SequenceEqual(last)) return lastForce[column];
        var name = csv.GetString(column);
        if (name.Length == 0) Error(column, "the force is missing");
        else if (name.Length > ForceLength) Error(column, $"the force's name is longer than {ForceLength} characters");
        else
        {
            lastForceText[column] = text.ToArray();
            return lastForce[column] = lookups.Force(name);
        }
        return 0;
    }

    /// <summary>"YYYY-MM", as the first day of the month.</summary>
    private DateOnly Month()
    {
        var text = csv.GetSpan(1);
        if (hasLastMonth && text.SequenceEqual(lastMonthText)) return lastMonth;
        if (text.Length == 7 && text[4] == (byte)'-' && Digits(text[..4], out var year) && Digits(text[5..], out var month)
            && year >= 1 && month is >= 1 and <= 12)
        {
            text.CopyTo(lastMonthText);
            hasLastMonth = true;
            return lastMonth = new DateOnly(year, month, 1);
        }
        Error(1, text.IsEmpty ? "the month is missing" : $"'{Encoding.UTF8.GetString(text)}' is not a month in the form YYYY-MM");
        return default;
    }

    private static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9') return false;
            value = value * 10 + (b - '0');
        }
        return true;
    }

    private double? Coordinate(int column, double limit)
    {
        var text = csv.GetSpan(column);
        if (text.IsEmpty) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            Error(column, $"'{Encoding.UTF8.GetString(text)}' is not a number");
        else if (value < -limit || value > limit)
            Error(column, $"{Encoding.UTF8.GetString(text)} is outside -{limit} to {limit}");
        else return value;
        return null;
    }

    /// <summary>The id of the crime type (<see cref="PoliceUkCrimeTypes"/>): exact bytes first, then in any case.</summary>
    private int CrimeType()
    {
        var text = csv.GetSpan(9);
        var names = PoliceUkCrimeTypes.Utf8Names;
        for (var i = 0; i < names.Length; i++)
            if (text.SequenceEqual(names[i])) return i + 1;
        var name = Encoding.UTF8.GetString(text).Trim();
        var id = PoliceUkCrimeTypes.IdOf(name);
        if (id > 0) return id;
        Error(9, name.Length == 0
            ? "the crime type is missing"
            : $"'{name}' is not one of police.uk's crime types: {string.Join(", ", CrimeTypes)}");
        return 0;
    }

    public void Dispose() => csv.Dispose();
}
