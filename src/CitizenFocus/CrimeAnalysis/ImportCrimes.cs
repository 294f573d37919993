using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis;

/// <param name="Rows">Data rows read (the header not counted).</param>
/// <param name="Inserted">Crimes whose reference was new.</param>
/// <param name="Updated">Rows that replaced a crime already held (or an earlier row of the same file).</param>
public sealed record CrimeImportSummary(long Rows, long Inserted, long Updated);

/// <summary>
/// Loads the force's crime records export (the format is in docs/imports.md) into <see cref="Crime"/>,
/// replacing crimes by reference. Each crime's groups are set from the database's group rules. The
/// file is streamed and written in batches inside one transaction: one bad row and nothing is stored.
/// </summary>
public sealed class ImportCrimes(CitizenFocusDb db)
{
    public const string Reference = "reference";
    public const string CrimeType = "crime_type";
    public const string CommittedAt = "committed_at";
    public const string ReportedAt = "reported_at";
    public const string BoroughCode = "borough_code";
    public const string WardCode = "ward_code";
    public const string Street = "street";
    public const string LocationKey = "location_key";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string VictimRef = "victim_ref";
    public const string OffenderRef = "offender_ref";
    public const string HateCrime = "hate_crime";
    public const string Domestic = "domestic";
    public const string JuvenileVictim = "juvenile_victim";
    public const string WeaponColumn = "weapon";
    public const string Business = "business";

    /// <summary>The columns, in the order the export writes them (the import finds them by name).</summary>
    public static readonly string[] Columns =
    [
        Reference, CrimeType, CommittedAt, ReportedAt, BoroughCode, WardCode, Street, LocationKey, Latitude, Longitude,
        VictimRef, OffenderRef, HateCrime, Domestic, JuvenileVictim, WeaponColumn, Business,
    ];

    // 19 parameters a row: 500 rows stay well under SQLite's 32,766 and PostgreSQL's 65,535.
    private const int BatchSize = 500;

    private static readonly string[] InstantFormats =
        ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    /// <summary>
    /// Imports the CSV (UTF-8 unless a byte order mark says otherwise). Rows are numbered from 1 for
    /// the first row after the header. Reports the number of rows read. Inside a transaction of the
    /// caller's, a failure leaves the rollback to the caller.
    /// </summary>
    public async Task<Result<CrimeImportSummary>> HandleAsync(Stream csvFile, IProgress<long>? progress = null,
        CancellationToken ct = default)
    {
        await using var csv = CsvFile.Open(csvFile);
        var (index, headerErrors) = await CsvFile.ReadNamedColumnsAsync(csv, Columns,
            "expected the header row " + string.Join(",", Columns), null, ct);
        if (index is null) return Result.Invalid(headerErrors);

        var places = await Places.LoadAsync(db, ct);
        var map = new CrimeGroupMap(await db.CrimeGroups.AsNoTracking().Include(g => g.Rules).ToListAsync(ct));
        var writer = new BulkUpserter<Crime>(db, [nameof(Crime.Reference)], nameof(Crime.Id));
        var batch = new Dictionary<string, Crime>(BatchSize, StringComparer.Ordinal);
        var errors = new List<ValidationError>();
        long rows = 0;

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var before = await db.Crimes.LongCountAsync(ct);
            // Ids are the import's to give (the key is not generated); an existing crime keeps its own.
            var nextId = (await db.Crimes.MaxAsync(c => (long?)c.Id, ct) ?? 0) + 1;
            rows = await CsvFile.ForEachRowAsync(csv, errors, CsvFile.MaxErrors, async row =>
            {
                if (row % BatchSize == 0) progress?.Report(row);
                var crime = new Row(csv, index, row, errors).Parse(places);
                // After the first error nothing more is written, but reading goes on to report further errors.
                if (crime is null || errors.Count > 0) return;

                crime.Id = nextId++;
                crime.Groups = map.Classify(crime);
                batch[crime.Reference] = crime;
                if (batch.Count == BatchSize)
                {
                    await writer.UpsertAsync(batch.Values, ct);
                    batch.Clear();
                }
            }, ct);

            if (errors.Count > 0) return Result.Invalid(errors);
            await writer.UpsertAsync(batch.Values, ct);
            var inserted = await db.Crimes.LongCountAsync(ct) - before;
            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
            if (ownTransaction is not null) await PlannerStatistics.RefreshAsync(db, ct, typeof(Crime));
            progress?.Report(rows);
            return new CrimeImportSummary(rows, inserted, rows - inserted);
        }
        finally
        {
            // Disposing without a commit rolls back.
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>Boroughs and wards by ONS code.</summary>
    private sealed record Places(Dictionary<string, int> Boroughs, Dictionary<string, (int Id, int BoroughId)> Wards, Dictionary<int, string> BoroughCodes)
    {
        public static async Task<Places> LoadAsync(CitizenFocusDb db, CancellationToken ct)
        {
            var boroughs = await db.Boroughs.AsNoTracking().Select(b => new { b.Id, b.Code }).ToListAsync(ct);
            var wards = await db.Wards.AsNoTracking().Select(w => new { w.Id, w.BoroughId, w.Code }).ToListAsync(ct);
            return new Places(
                boroughs.ToDictionary(b => b.Code, b => b.Id, StringComparer.OrdinalIgnoreCase),
                wards.ToDictionary(w => w.Code, w => (w.Id, w.BoroughId), StringComparer.OrdinalIgnoreCase),
                boroughs.ToDictionary(b => b.Id, b => b.Code));
        }
    }

    /// <summary>One row being read: each field is checked, and every problem is recorded with its column.</summary>
    private readonly ref struct Row(CsvReader csv, int[] index, long row, List<ValidationError> errors)
    {
        private string Field(int c) => csv.GetString(index[c]);

        private void Error(int c, string message) => errors.Add(new ValidationError(Columns[c], message, row));

        public Crime? Parse(Places places)
        {
            var errorsBefore = errors.Count;
            var reference = Text(0, 20, required: true);
            var type = Text(1, 80, required: true);
            var committed = Instant(2);
            var reported = Instant(3);
            if (committed is { } c && reported is { } r && r < c)
                Error(3, $"the crime is reported ({Field(3)}) before it was committed ({Field(2)})");

            int? boroughId = null;
            var boroughCode = Field(4);
            if (boroughCode.Length == 0) Error(4, "the borough code is missing");
            else if (places.Boroughs.TryGetValue(boroughCode, out var b)) boroughId = b;
            else Error(4, $"no borough has the ONS code '{boroughCode}'");

            int? wardId = null;
            var wardCode = Field(5);
            if (wardCode.Length == 0) { }
            else if (!places.Wards.TryGetValue(wardCode, out var ward)) Error(5, $"no ward has the ONS code '{wardCode}'");
            else if (boroughId is { } inBorough && ward.BoroughId != inBorough)
                Error(5, $"ward {wardCode.ToUpperInvariant()} is in borough {places.BoroughCodes[ward.BoroughId]}, not {boroughCode.ToUpperInvariant()}");
            else wardId = ward.Id;

            var street = Text(6, 120);
            var locationKey = Text(7, 120);
            var latitude = Coordinate(8, 90);
            var longitude = Coordinate(9, 180);
            if ((latitude is null) != (longitude is null) && errors.Count == errorsBefore)
                Error(latitude is null ? 8 : 9, "give both the latitude and the longitude, or neither");
            var victim = Text(10, 40);
            var offender = Text(11, 40);
            var hate = Flag(12);
            var domestic = Flag(13);
            var juvenile = Flag(14);
            var weapon = WeaponOf(15);
            var business = Flag(16);
            if (errors.Count > errorsBefore) return null;

            return new Crime
            {
                Reference = reference!, CrimeType = type!, CommittedAt = committed!.Value, ReportedAt = reported!.Value,
                BoroughId = boroughId!.Value, WardId = wardId, Street = street, LocationKey = locationKey,
                Latitude = latitude, Longitude = longitude, VictimRef = victim, OffenderRef = offender,
                HateCrime = hate, Domestic = domestic, JuvenileVictim = juvenile, Weapon = weapon, Business = business,
            };
        }

        private string? Text(int c, int maxLength, bool required = false)
        {
            var text = Field(c);
            if (text.Length == 0)
            {
                if (required) Error(c, $"the {Columns[c].Replace('_', ' ')} is missing");
                return null;
            }
            if (text.Length > maxLength)
            {
                Error(c, $"'{text}' is longer than {maxLength} characters");
                return null;
            }
            return text;
        }

        /// <summary>An ISO 8601 date and time with its offset (or Z), as UTC.</summary>
        private DateTime? Instant(int c)
        {
            var text = Field(c);
            if (text.Length == 0)
            {
                Error(c, "the time is missing");
                return null;
            }
            var t = text.IndexOf('T');
            var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (t > 0 && text.IndexOfAny(['+', '-'], t) > 0);
            if (!hasOffset
                || !DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            {
                Error(c, $"'{text}' is not an ISO 8601 time with an offset, like 2026-03-14T21:30:00Z or 2026-07-01T09:15:00+01:00");
                return null;
            }
            return value.UtcDateTime;
        }

        private double? Coordinate(int c, double limit)
        {
            var text = Field(c);
            if (text.Length == 0) return null;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                Error(c, $"'{text}' is not a number");
                return null;
            }
            if (value < -limit || value > limit)
            {
                Error(c, $"the {Columns[c]} {text} is outside -{limit} to {limit}");
                return null;
            }
            return value;
        }

        /// <summary>true/false, yes/no or 1/0, in any case; empty is false.</summary>
        private bool Flag(int c)
        {
            var text = Field(c);
            if (text.Length == 0 || text == "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase))
                return false;
            if (text == "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase))
                return true;
            Error(c, $"'{text}' is not true or false (also yes/no, 1/0)");
            return false;
        }

        /// <summary>none, knife or gun, in any case; empty is none.</summary>
        private Weapon WeaponOf(int c)
        {
            var text = Field(c);
            if (text.Length == 0 || text.Equals("none", StringComparison.OrdinalIgnoreCase)) return Weapon.None;
            if (text.Equals("knife", StringComparison.OrdinalIgnoreCase)) return Weapon.Knife;
            if (text.Equals("gun", StringComparison.OrdinalIgnoreCase)) return Weapon.Gun;
            Error(c, $"'{text}' is not a weapon: none, knife or gun");
            return Weapon.None;
        }
    }
}
