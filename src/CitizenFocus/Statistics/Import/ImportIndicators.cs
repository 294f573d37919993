using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Statistics.Import;

/// <param name="Rows">Data rows read.</param>
/// <param name="Added">Figures not held before.</param>
/// <param name="Updated">Figures held before for the same indicator, unit and period, replaced.</param>
public sealed record IndicatorImportSummary(long Rows, long Added, long Updated);

/// <summary>
/// Loads published aggregate figures — the force's and its peer forces' indicators, or figures for
/// areas, boroughs and wards from another source — from a CSV with the columns
/// <c>indicator,unit_type,unit_code,period_start,period_end,n,estimate</c>. Estimates are fractions
/// 0–1. A figure for the same indicator, unit and period replaces the one held. All or nothing.
/// </summary>
public sealed class ImportIndicators(CitizenFocusDb db, TimeProvider time)
{
    public static readonly string[] RequiredColumns = ["indicator", "unit_type", "unit_code", "period_start", "period_end", "n", "estimate"];
    public const int MaxErrors = 20;

    public async Task<Result<IndicatorImportSummary>> HandleAsync(Stream file, CancellationToken ct = default)
    {
        await using var csv = CsvFile.Open(file);
        var (header, headerErrors) = await CsvFile.ReadExactHeaderAsync(csv, RequiredColumns, ct);
        if (header is null) return Result.Invalid(headerErrors);

        var indicators = (await db.IndicatorDefinitions.AsNoTracking().Select(d => d.Code).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var units = new Dictionary<OrgLevel, HashSet<string>>
        {
            [OrgLevel.Force] = (await db.PeerForces.Select(f => f.Code).ToListAsync(ct)).Concat(await db.Forces.Select(f => f.Code).ToListAsync(ct))
                .ToHashSet(StringComparer.OrdinalIgnoreCase),
            [OrgLevel.Area] = (await db.Areas.Select(a => a.Code).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase),
            [OrgLevel.Borough] = (await db.Boroughs.Select(b => b.Code).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase),
            [OrgLevel.Ward] = (await db.Wards.Select(w => w.Code).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase),
        };

        var errors = new List<ValidationError>();
        var figures = new Dictionary<(string, OrgLevel, string, DateOnly, DateOnly), PublishedIndicator>();
        var rows = await CsvFile.ForEachRowAsync(csv, errors, MaxErrors, row =>
        {
            var figure = Parse(csv, row, indicators, units, errors);
            if (figure is null) return;
            var key = (figure.Indicator.ToLowerInvariant(), figure.UnitType, figure.UnitCode.ToUpperInvariant(), figure.PeriodStart, figure.PeriodEnd);
            if (!figures.TryAdd(key, figure))
                errors.Add(new ValidationError("unit_code", $"the file already gave {figure.Indicator} for {figure.UnitCode} over this period", row));
        }, ct);
        if (errors.Count > 0) return Result.Invalid(errors);
        if (rows == 0) return Result.Invalid("file", "the file has a header but no rows");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var held = await db.PublishedIndicators.ToListAsync(ct);
        var byKey = held.ToDictionary(h => (h.Indicator.ToLowerInvariant(), h.UnitType, h.UnitCode.ToUpperInvariant(), h.PeriodStart, h.PeriodEnd));
        long added = 0, updated = 0;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (key, figure) in figures)
        {
            if (byKey.TryGetValue(key, out var existing))
            {
                existing.N = figure.N;
                existing.Estimate = figure.Estimate;
                existing.ImportedAt = now;
                updated++;
            }
            else
            {
                figure.ImportedAt = now;
                db.PublishedIndicators.Add(figure);
                added++;
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new IndicatorImportSummary(rows, added, updated);
    }

    private static PublishedIndicator? Parse(CsvReader csv, long row, HashSet<string> indicators,
        Dictionary<OrgLevel, HashSet<string>> units, List<ValidationError> errors)
    {
        var before = errors.Count;
        void Error(string column, string message) => errors.Add(new ValidationError(column, message, row));
        string F(int i) => csv.GetString(i);

        var indicator = F(0);
        if (indicator.Length == 0) Error("indicator", "the indicator is missing");
        else if (!indicators.Contains(indicator)) Error("indicator", $"'{indicator}' is not a defined indicator (see the Indicators page for the codes)");

        var typeText = F(1);
        OrgLevel? type = typeText.ToLowerInvariant() switch
        {
            "force" => OrgLevel.Force, "area" => OrgLevel.Area, "borough" => OrgLevel.Borough, "ward" => OrgLevel.Ward, _ => null,
        };
        if (type is null) Error("unit_type", $"'{typeText}' is not a unit type: give force, area, borough or ward");

        var unit = F(2);
        if (unit.Length == 0) Error("unit_code", "the unit code is missing");
        else if (type is { } t && !units[t].Contains(unit))
            Error("unit_code", t == OrgLevel.Force
                ? $"'{unit}' is not the force or one of its peer forces"
                : $"'{unit}' is not the code of one of the force's {t.ToString().ToLowerInvariant()}s");

        var start = Date(F(3), "period_start", Error);
        var end = Date(F(4), "period_end", Error);
        if (start is { } s && end is { } e && e < s) Error("period_end", "the period ends before it starts");

        var nText = F(5);
        if (!int.TryParse(nText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
            Error("n", $"'{nText}' is not a whole number of respondents above 0");

        var estimateText = F(6);
        if (!double.TryParse(estimateText, NumberStyles.Float, CultureInfo.InvariantCulture, out var estimate) || !double.IsFinite(estimate))
            Error("estimate", estimateText.Length == 0 ? "the estimate is missing" : $"'{estimateText}' is not a number");
        else if (estimate is < 0 or > 1) Error("estimate", $"the estimate {estimateText} must be a fraction from 0 to 1 (55.2% is 0.552)");

        if (errors.Count > before) return null;
        return new PublishedIndicator
        {
            Indicator = indicator, UnitType = type!.Value, UnitCode = unit, PeriodStart = start!.Value, PeriodEnd = end!.Value,
            N = n, Estimate = estimate,
        };
    }

    private static DateOnly? Date(string text, string column, Action<string, string> error)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        error(column, text.Length == 0 ? "the date is missing" : $"'{text}' is not a date in the form YYYY-MM-DD");
        return null;
    }
}
