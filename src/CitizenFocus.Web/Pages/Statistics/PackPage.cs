using System.Globalization;
using System.Security.Claims;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics;
using CitizenFocus.Statistics.Performance;
using CitizenFocus.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Web.Pages.Statistics;

/// <summary>
/// What the pack pages share: reading the level, unit and month from the query string, defaulting them
/// from the reader's scope, and refusing units outside it (a borough's staff see their borough's pack).
/// </summary>
public sealed class PackPage(PerformanceQueries queries, PerformanceCache cache, CitizenFocusDb db, TimeProvider time, CitizenFocus.Audit.ScopeRefusals refusals)
{
    public sealed record Selection(PerformanceEngine Engine, PackUnit Unit, PackPeriod Period, IReadOnlyList<DateOnly> Months);

    /// <summary>Whether nothing the pack needs is loaded yet (no force, or no borough): the pages say so rather than fail.</summary>
    public async Task<bool> NothingLoadedAsync(CancellationToken ct) =>
        !await db.Forces.AnyAsync(ct) || !await db.Boroughs.AnyAsync(ct);

    /// <summary>Null when the request names a unit that does not exist or lies outside the reader's scope.</summary>
    public async Task<Selection?> ReadAsync(ClaimsPrincipal user, string? level, string? unit, string? period, CancellationToken ct)
    {
        var thisMonth = UkTime.ThisMonth(time);
        var latest = await queries.LatestMonthAsync(ct) ?? thisMonth.AddMonths(-1);
        // The last complete month with interviews: this month is still being surveyed.
        var last = latest >= thisMonth ? thisMonth.AddMonths(-1) : latest;
        var months = Enumerable.Range(0, 24).Select(i => last.AddMonths(-i)).ToList();
        var month = period is not null && DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)
            && months.Contains(m) ? m : last;
        var packPeriod = queries.PeriodFor(month);
        var engine = await cache.GetAsync(queries, db, packPeriod, ct);

        var scope = user.GetOrgScope();
        if (level is null && unit is not null && unit.Split(':', 2) is [var l, var c])
            (level, unit) = (l, c);
        PackUnit? chosen;
        if (level is null || !Enum.TryParse<OrgLevel>(level, ignoreCase: true, out var type))
            chosen = DefaultUnit(engine.Data, scope);
        else
            chosen = type == OrgLevel.Force ? engine.Data.Force : unit is null ? null : engine.Data.Find(type, unit);
        if (chosen is null) return null;
        if (!Covers(scope, engine.Data, chosen))
        {
            await refusals.RecordAsync(user.AuditActor(), "Performance pack", $"{chosen.Level} {chosen.Code}", ct);
            return null;
        }
        return new Selection(engine, chosen, packPeriod, months);
    }

    /// <summary>Whether the reader may open a unit's pack (<see cref="UnitChoice.MayChoose"/>); a pack unit names only its parent.</summary>
    public static bool Covers(OrgScope scope, SurveyData data, PackUnit unit) => unit.Level switch
    {
        OrgLevel.Force => UnitChoice.MayChoose(scope, OrgLevel.Force, null, null, null),
        OrgLevel.Area => UnitChoice.MayChoose(scope, OrgLevel.Area, unit.Id, null, null),
        OrgLevel.Borough => UnitChoice.MayChoose(scope, OrgLevel.Borough, unit.ParentId, unit.Id, null),
        _ => data.Boroughs.FirstOrDefault(b => b.Id == unit.ParentId) is { } b
            && UnitChoice.MayChoose(scope, OrgLevel.Ward, b.ParentId, b.Id, unit.Id),
    };

    private static PackUnit? DefaultUnit(SurveyData data, OrgScope scope) => UnitChoice.Home(scope) switch
    {
        { Level: OrgLevel.Force } => data.Force,
        { Level: OrgLevel.Area, Id: var id } => data.Areas.FirstOrDefault(a => a.Id == id),
        { Level: OrgLevel.Borough, Id: var id } => data.Boroughs.FirstOrDefault(b => b.Id == id),
        { Level: OrgLevel.Ward, Id: var id } => data.Wards.FirstOrDefault(w => w.Id == id),
        _ => null,
    };

    /// <summary>The query string that selects a unit and month.</summary>
    public static string Query(PackUnit unit, PackPeriod period) =>
        $"Level={unit.Level.ToString().ToLowerInvariant()}&Unit={Uri.EscapeDataString(unit.Code)}&Period={period.Month:yyyy-MM}";

    /// <summary>The units the reader may open, for the picker.</summary>
    public static IReadOnlyList<PackUnit> Choosable(SurveyData data, OrgScope scope) =>
        new[] { data.Force }.Concat(data.Areas).Concat(data.Boroughs)
            .Concat(data.Boroughs.SelectMany(b => data.Wards.Where(w => w.ParentId == b.Id)))
            .Where(u => Covers(scope, data, u)).ToList();

    public static string GradeTag(Grade? grade) => grade switch
    {
        Grade.Exceeding => "govuk-tag govuk-tag--green",
        Grade.Failing => "govuk-tag govuk-tag--red",
        Grade.Meeting => "govuk-tag govuk-tag--blue",
        _ => "govuk-tag govuk-tag--grey",
    };
}
