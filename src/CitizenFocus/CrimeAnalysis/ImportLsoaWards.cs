using CitizenFocus.Common;
using CitizenFocus.Data;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis;

/// <param name="Rows">Data rows read (the header not counted).</param>
/// <param name="Stored">Rows inserted or replaced (a code given twice is stored twice, the later row winning).</param>
/// <param name="UnknownWardRows">Rows whose ward is not one of the force's wards: normal, since ONS lookups cover the whole country.</param>
/// <param name="UnknownWardCodes">How many distinct ward codes those rows name.</param>
public sealed record LsoaWardImportSummary(long Rows, long Stored, long UnknownWardRows, int UnknownWardCodes);

/// <summary>
/// Loads an ONS LSOA-to-ward lookup CSV into <see cref="LsoaWard"/>, so that police.uk rows, which give
/// an LSOA, can be counted by ward. Columns are found by name (any case): the LSOA code in LSOA21CD,
/// LSOA11CD or lsoa_code; its name, if present, in LSOA21NM, LSOA11NM or lsoa_name; the ward code in
/// ward_code or a WDnnCD column (the newest edition when there are several). The file is streamed
/// and upserted in one transaction: one bad row and nothing is stored.
/// </summary>
public sealed class ImportLsoaWards(CitizenFocusDb db)
{
    public static readonly string[] LsoaCodeColumns = ["LSOA21CD", "LSOA11CD", "lsoa_code"];
    public static readonly string[] LsoaNameColumns = ["LSOA21NM", "LSOA11NM", "lsoa_name"];
    public const string WardCodeColumn = "ward_code";

    private const int BatchSize = 1_000;
    private const int NameLength = 80;

    /// <summary>
    /// Imports the CSV (UTF-8 unless a byte order mark says otherwise). Rows are numbered from 1 for
    /// the first row after the header. Reports the number of rows read. Inside a transaction of the
    /// caller's, a failure leaves the rollback to the caller.
    /// </summary>
    public async Task<Result<LsoaWardImportSummary>> HandleAsync(Stream csvFile, IProgress<long>? progress = null,
        CancellationToken ct = default)
    {
        await using var csv = CsvFile.Open(csvFile);
        if (await CsvFile.ReadHeaderAsync(csv, "expected a header row naming the LSOA and ward code columns", ct) is { } unread)
            return Result.Invalid([unread]);
        var header = csv.Headers;
        var lsoaColumn = CsvFile.Find(header, LsoaCodeColumns);
        var nameColumn = CsvFile.Find(header, LsoaNameColumns);
        var wardColumn = WardColumn(header);
        var missing = new List<ValidationError>();
        if (lsoaColumn < 0)
            missing.Add(new ValidationError(LsoaCodeColumns[0], $"the header row has no LSOA code column ({string.Join(", ", LsoaCodeColumns)})"));
        if (wardColumn < 0)
            missing.Add(new ValidationError("WDnnCD", $"the header row has no ward code column (WD24CD or another WDnnCD, or {WardCodeColumn})"));
        if (missing.Count > 0) return Result.Invalid(missing);
        string Name(int column) => header[column].Trim();

        var wards = (await db.Wards.AsNoTracking().Select(w => w.Code).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknownCodes = new HashSet<string>(StringComparer.Ordinal);
        var writer = new BulkUpserter<LsoaWard>(db, [nameof(LsoaWard.LsoaCode)]);
        var batch = new Dictionary<string, LsoaWard>(BatchSize, StringComparer.Ordinal);
        var errors = new List<ValidationError>();
        long rows = 0, stored = 0, unknownRows = 0;

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            rows = await CsvFile.ForEachRowAsync(csv, errors, CsvFile.MaxErrors, async row =>
            {
                if (row % BatchSize == 0) progress?.Report(row);

                var lsoa = Code(csv.GetString(lsoaColumn), Name(lsoaColumn), "LSOA", row, errors);
                var ward = Code(csv.GetString(wardColumn), Name(wardColumn), "ward", row, errors);
                var name = nameColumn < 0 ? "" : csv.GetString(nameColumn);
                if (name.Length > NameLength)
                    errors.Add(new ValidationError(Name(nameColumn), $"the LSOA name is longer than {NameLength} characters", row));
                // After the first error nothing more is written, but reading goes on to report further errors.
                if (lsoa is null || ward is null || errors.Count > 0) return;

                if (!wards.Contains(ward))
                {
                    unknownRows++;
                    unknownCodes.Add(ward);
                }
                batch[lsoa] = new LsoaWard { LsoaCode = lsoa, LsoaName = name.Length == 0 ? null : name, WardCode = ward };
                stored++;
                if (batch.Count == BatchSize)
                {
                    await writer.UpsertAsync(batch.Values, ct);
                    batch.Clear();
                }
            }, ct);

            if (errors.Count > 0) return Result.Invalid(errors);
            await writer.UpsertAsync(batch.Values, ct);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
            progress?.Report(rows);
            return new LsoaWardImportSummary(rows, stored, unknownRows, unknownCodes.Count);
        }
        finally
        {
            // Disposing without a commit rolls back.
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    private static string? Code(string text, string column, string what, long row, List<ValidationError> errors)
    {
        if (text.Length == 0) errors.Add(new ValidationError(column, $"the {what} code is missing", row));
        else if (CsvFile.TryAreaCode(text, out var code)) return code;
        else errors.Add(new ValidationError(column, $"'{text}' is not an ONS area code", row));
        return null;
    }

    /// <summary>ward_code, or the WDnnCD column of the newest edition (ONS lookups name the year: WD24CD).</summary>
    private static int WardColumn(IReadOnlyList<string> header)
    {
        var best = -1;
        var bestYear = -1;
        for (var h = 0; h < header.Count; h++)
        {
            var name = header[h].Trim();
            if (string.Equals(name, WardCodeColumn, StringComparison.OrdinalIgnoreCase)) return h;
            if (name.Length == 6 && name.StartsWith("WD", StringComparison.OrdinalIgnoreCase) && name.EndsWith("CD", StringComparison.OrdinalIgnoreCase)
                && char.IsAsciiDigit(name[2]) && char.IsAsciiDigit(name[3]) && (name[2] - '0') * 10 + (name[3] - '0') > bestYear)
            {
                best = h;
                bestYear = (name[2] - '0') * 10 + (name[3] - '0');
            }
        }
        return best;
    }
}
