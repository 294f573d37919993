using System.Globalization;
using System.Security.Claims;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics;
using CitizenFocus.Statistics.Performance;
using CitizenFocus.Web.Hosting;

namespace CitizenFocus.Web.Pages.Statistics;

/// <summary>
/// What the pack pages share: reading the level, unit and month from the query string, defaulting them
/// from the reader's scope, and refusing units outside it (a borough's staff see their borough's pack).
/// </summary>
public sealed class PackPage(PerformanceQueries queries, PerformanceCache cache, CitizenFocusDb db, TimeProvider time)
{
    public sealed record Selection(PerformanceEngine Engine, PackUnit Unit, PackPeriod Period, IReadOnlyList<DateOnly> Months);

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
        if (chosen is null || !Covers(scope, engine.Data, chosen)) return null;
        return new Selection(engine, chosen, packPeriod, months);
    }

    public static bool Covers(OrgScope scope, SurveyData data, PackUnit unit) => unit.Level switch
    {
        OrgLevel.Force => scope.Level == OrgLevel.Force,
        OrgLevel.Area => scope.Level == OrgLevel.Force || (scope.Level == OrgLevel.Area && scope.AreaId == unit.Id),
        OrgLevel.Borough => scope.Covers(new OrgUnitRef(unit.ParentId, unit.Id, null)),
        _ => data.Boroughs.FirstOrDefault(b => b.Id == unit.ParentId) is { } b && scope.Covers(new OrgUnitRef(b.ParentId, b.Id, unit.Id)),
    };

    private static PackUnit? DefaultUnit(SurveyData data, OrgScope scope) => scope.Level switch
    {
        OrgLevel.Force => data.Force,
        OrgLevel.Area => data.Areas.FirstOrDefault(a => a.Id == scope.AreaId),
        OrgLevel.Borough => data.Boroughs.FirstOrDefault(b => b.Id == scope.BoroughId),
        OrgLevel.Ward => data.Wards.FirstOrDefault(w => w.Id == scope.WardId),
        _ => null,
    };

    /// <summary>The query string that selects a unit and month.</summary>
    public static string Query(PackUnit unit, PackPeriod period) =>
        $"Level={unit.Level.ToString().ToLowerInvariant()}&Unit={Uri.EscapeDataString(unit.Code)}&Period={period.Month:yyyy-MM}";

    /// <summary>The units the reader may open, for the picker.</summary>
    public static IReadOnlyList<PackUnit> Choosable(SurveyData data, OrgScope scope) =>
        new[] { data.Force }.Concat(data.Areas).Concat(data.Boroughs).Where(u => Covers(scope, data, u)).ToList();

    public static string GradeTag(Grade? grade) => grade switch
    {
        Grade.Exceeding => "govuk-tag govuk-tag--green",
        Grade.Failing => "govuk-tag govuk-tag--red",
        Grade.Meeting => "govuk-tag govuk-tag--blue",
        _ => "govuk-tag govuk-tag--grey",
    };
}
