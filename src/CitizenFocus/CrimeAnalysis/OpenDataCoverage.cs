using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>One month of a force's police.uk street-level data: held, with its rows, or missing.</summary>
public sealed record OpenDataCoverageMonth(DateOnly Month, OpenDataMonthStatus Status, int Rows, DateTime UpdatedAt);

/// <summary>A force's police.uk months from its first to its last, with the gaps that must not be read as no crime.</summary>
public sealed record OpenDataForceCoverage(string Force, IReadOnlyList<OpenDataCoverageMonth> Months)
{
    public DateOnly First => Months[0].Month;
    public DateOnly Last => Months[^1].Month;
    public IReadOnlyList<DateOnly> Missing => [.. Months.Where(m => m.Status == OpenDataMonthStatus.Missing).Select(m => m.Month)];
    public long Rows => Months.Sum(m => (long)m.Rows);
}

/// <summary>Which police.uk months are held for each force (<see cref="OpenDataMonth"/>), as the import recorded them.</summary>
public sealed class OpenDataCoverage(CitizenFocusDb db)
{
    public async Task<IReadOnlyList<OpenDataForceCoverage>> LoadAsync(CancellationToken ct = default)
    {
        var months = await db.OpenDataMonths.AsNoTracking().OrderBy(m => m.Force).ThenBy(m => m.Month).ToListAsync(ct);
        return
        [
            .. months.GroupBy(m => m.Force, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new OpenDataForceCoverage(g.Key, [.. g.Select(m => new OpenDataCoverageMonth(m.Month, m.Status, m.Rows, m.UpdatedAt))])),
        ];
    }
}
