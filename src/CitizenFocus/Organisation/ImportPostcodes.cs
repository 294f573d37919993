using System.Data.Common;
using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CitizenFocus.Organisation;

/// <param name="Rows">Data rows read (the header not counted).</param>
/// <param name="Stored">Postcodes inserted or replaced.</param>
/// <param name="SkippedWithoutLocation">Rows ONSPD marks as having no grid reference (latitude 99.999999).</param>
public sealed record PostcodeImportSummary(long Rows, long Stored, long SkippedWithoutLocation);

/// <summary>
/// Loads an ONS Postcode Directory (ONSPD) CSV into the postcode table. The file is streamed, and
/// written in batches inside one transaction: a single bad row rolls everything back, so the table
/// never holds half an edition. Existing postcodes are replaced by the file's.
/// </summary>
public sealed class ImportPostcodes(CitizenFocusDb db)
{
    public const string PostcodeColumn = "pcds";
    public const string LatitudeColumn = "lat";
    public const string LongitudeColumn = "long";
    public const string WardColumn = "osward";
    public const string LocalAuthorityColumn = "oslaua";

    /// <summary>ONSPD's latitude for postcodes without a grid reference.</summary>
    public const double NoGridReferenceLatitude = 99.999999;

    /// <summary>Reading stops after this many bad rows: enough to see a pattern, not a flood.</summary>
    public const int MaxErrors = 20;

    private const int BatchSize = 1_000;

    private static readonly string[] Columns = [PostcodeColumn, LatitudeColumn, LongitudeColumn, WardColumn, LocalAuthorityColumn];

    /// <summary>
    /// Imports the CSV (UTF-8 unless a byte order mark says otherwise). Rows are numbered from 1 for
    /// the first row after the header. Reports the number of rows read. Inside a transaction of the
    /// caller's, a failure leaves the rollback to the caller.
    /// </summary>
    public async Task<Result<PostcodeImportSummary>> HandleAsync(Stream csvFile, IProgress<long>? progress = null,
        CancellationToken ct = default)
    {
        await using var csv = CsvFile.Open(csvFile);
        var (index, headerErrors) = await CsvFile.ReadNamedColumnsAsync(csv, Columns, "expected a header row naming the ONSPD columns", null, ct);
        if (index is null) return Result.Invalid(headerErrors);

        var writer = new PostcodeWriter(db);
        var errors = new List<ValidationError>();
        long rows = 0, stored = 0, skipped = 0;
        var batch = new Dictionary<string, Postcode>(BatchSize);
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            rows = await CsvFile.ForEachRowAsync(csv, errors, MaxErrors, async row =>
            {
                if (row % BatchSize == 0) progress?.Report(row);
                var postcode = Parse(csv, index, row, errors, out var withoutLocation);
                if (withoutLocation) skipped++;
                // After the first error nothing more is written, but reading goes on to report further errors.
                if (postcode is null || errors.Count > 0) return;

                batch[postcode.Code] = postcode;
                if (batch.Count == BatchSize)
                {
                    stored += await writer.UpsertAsync(batch.Values, ct);
                    batch.Clear();
                }
            }, ct);

            if (errors.Count > 0) return Result.Invalid(errors);
            stored += await writer.UpsertAsync(batch.Values, ct);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
            progress?.Report(rows);
            return new PostcodeImportSummary(rows, stored, skipped);
        }
        finally
        {
            // Disposing without a commit rolls back.
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    private static Postcode? Parse(CsvReader csv, int[] index, long row, List<ValidationError> errors, out bool withoutLocation)
    {
        withoutLocation = false;
        var errorsBefore = errors.Count;
        string Field(int c) => csv.GetString(index[c]);
        void Error(int c, string message) => errors.Add(new ValidationError(Columns[c], message, row));

        var raw = Field(0);
        var code = Postcode.Normalise(raw);
        if (code.Length == 0) Error(0, "the postcode is missing");
        else if (!Postcode.IsWellFormed(code)) Error(0, $"'{raw}' is not a UK postcode");

        // ONSPD keeps postcodes it cannot place, with latitude 99.999999: there is nothing to look up.
        if (double.TryParse(Field(1), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && Math.Abs(lat - NoGridReferenceLatitude) < 1e-9)
        {
            withoutLocation = errors.Count == errorsBefore;
            return null;
        }

        var latitude = Coordinate(Field(1), 1, 90, Error);
        var longitude = Coordinate(Field(2), 2, 180, Error);
        var ward = GssCode(Field(3), 3, Error);
        var authority = GssCode(Field(4), 4, Error);
        if (errors.Count > errorsBefore) return null;
        return new Postcode
        {
            Code = code, Display = Postcode.ToDisplay(code),
            Latitude = latitude!.Value, Longitude = longitude!.Value,
            WardCode = ward, LocalAuthorityCode = authority,
        };
    }

    private static double? Coordinate(string text, int column, double limit, Action<int, string> error)
    {
        var name = column == 1 ? "latitude" : "longitude";
        if (text.Length == 0)
        {
            error(column, $"the {name} is missing");
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            error(column, $"'{text}' is not a number");
            return null;
        }
        if (value < -limit || value > limit)
        {
            error(column, $"the {name} {text} is outside -{limit} to {limit}");
            return null;
        }
        return value;
    }

    /// <summary>
    /// ONS codes: nine characters today ("E05000026"), six in older editions; empty where ONSPD has none.
    /// </summary>
    private static string? GssCode(string text, int column, Action<int, string> error)
    {
        if (text.Length == 0) return null;
        if (text.Length > 9 || !text.All(char.IsAsciiLetterOrDigit))
        {
            error(column, $"'{text}' is not an ONS area code");
            return null;
        }
        return text.ToUpperInvariant();
    }

    /// <summary>
    /// Multi-row <c>INSERT … ON CONFLICT DO UPDATE</c>, which SQLite and PostgreSQL spell alike.
    /// Names come from the EF model so this path cannot drift from the migrations.
    /// </summary>
    private sealed class PostcodeWriter
    {
        private readonly CitizenFocusDb db;
        private readonly string table;
        private readonly string[] columns;
        private readonly string key;

        public PostcodeWriter(CitizenFocusDb db)
        {
            this.db = db;
            var entity = db.Model.FindEntityType(typeof(Postcode))!;
            table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            string Column(string property) => entity.FindProperty(property)!.GetColumnName(store)!;
            columns =
            [
                Column(nameof(Postcode.Code)), Column(nameof(Postcode.Display)), Column(nameof(Postcode.Latitude)),
                Column(nameof(Postcode.Longitude)), Column(nameof(Postcode.WardCode)), Column(nameof(Postcode.LocalAuthorityCode)),
            ];
            key = columns[0];
        }

        public async Task<int> UpsertAsync(IReadOnlyCollection<Postcode> rows, CancellationToken ct)
        {
            if (rows.Count == 0) return 0;
            var connection = db.Database.GetDbConnection();
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            var values = new List<string>(rows.Count);
            var p = 0;
            foreach (var row in rows)
            {
                object?[] fields = [row.Code, row.Display, row.Latitude, row.Longitude, row.WardCode, row.LocalAuthorityCode];
                var names = new string[fields.Length];
                for (var i = 0; i < fields.Length; i++)
                {
                    names[i] = "@p" + (p++).ToString(CultureInfo.InvariantCulture);
                    Add(command, names[i], fields[i]);
                }
                values.Add("(" + string.Join(", ", names) + ")");
            }
            var quoted = columns.Select(c => $"\"{c}\"").ToArray();
            command.CommandText = $"""
                INSERT INTO "{table}" ({string.Join(", ", quoted)}) VALUES {string.Join(", ", values)}
                ON CONFLICT ("{key}") DO UPDATE SET {string.Join(", ", quoted.Skip(1).Select(c => $"{c} = excluded.{c}"))}
                """;
            await command.ExecuteNonQueryAsync(ct);
            return rows.Count;
        }

        private static void Add(DbCommand command, string name, object? value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
    }
}
