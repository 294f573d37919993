using System.Collections.Concurrent;
using CitizenFocus.Data;
using CitizenFocus.Statistics.Performance;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Web.Pages.Statistics;

/// <summary>
/// Keeps the loaded survey data of recently viewed months, so that moving between a pack and its
/// diagnostics does not read every answer again. An import or a changed definition changes the
/// stamp, and the next request loads afresh.
/// </summary>
public sealed class PerformanceCache
{
    private const int MaxEntries = 6;
    private readonly ConcurrentDictionary<(DateOnly, string), Lazy<Task<PerformanceEngine>>> engines = new();

    public async Task<PerformanceEngine> GetAsync(PerformanceQueries queries, CitizenFocusDb db, PackPeriod period, CancellationToken ct)
    {
        var stamp = $"{await db.SurveyAnswers.CountAsync(ct)}:{await db.SurveyAnswers.MaxAsync(a => (long?)a.Id, ct)}:"
            + $"{await db.PublishedIndicators.CountAsync(ct)}:{await db.PublishedIndicators.MaxAsync(p => (DateTime?)p.ImportedAt, ct):O}:"
            + $"{await db.IndicatorDefinitions.MaxAsync(i => (DateTime?)i.UpdatedAt, ct):O}:{await db.IndicatorTargets.CountAsync(ct)}:"
            + $"{await db.PeerGroupOverrides.CountAsync(ct)}:{await db.PeerGroupOverrides.MaxAsync(o => (DateTime?)o.SetAt, ct):O}";
        var key = (period.Month, stamp);
        if (engines.Count > MaxEntries) engines.Clear();
        var entry = engines.GetOrAdd(key, _ => new Lazy<Task<PerformanceEngine>>(() => queries.LoadAsync(period, ct: CancellationToken.None)));
        try
        {
            return await entry.Value.WaitAsync(ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            engines.TryRemove(key, out _);
            throw;
        }
    }
}
