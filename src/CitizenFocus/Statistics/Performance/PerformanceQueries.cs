using CitizenFocus.Data;
using CitizenFocus.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CitizenFocus.Statistics.Performance;

/// <summary>Loads the survey data a pack needs, in one read per table.</summary>
public sealed class PerformanceQueries(CitizenFocusDb db, IOptions<PerformanceOptions> options, Promises.ComplianceQueries compliance)
{
    public PerformanceOptions Options => options.Value;

    /// <summary>The period a pack for the month covers (the rolling window configured).</summary>
    public PackPeriod PeriodFor(DateOnly month) => PackPeriod.Ending(month, options.Value.WindowMonths);

    /// <summary>The latest month with any survey interview, or null when none is held.</summary>
    public async Task<DateOnly?> LatestMonthAsync(CancellationToken ct = default) =>
        await db.SurveyAnswers.MaxAsync(a => (DateOnly?)a.InterviewDate, ct) is { } d ? new DateOnly(d.Year, d.Month, 1) : null;

    /// <summary>
    /// Loads what a pack for <paramref name="period"/> needs: that window, the same window a year
    /// earlier, and the windows of the <paramref name="trendMonths"/> months before it.
    /// </summary>
    public async Task<PerformanceEngine> LoadAsync(PackPeriod period, int trendMonths = 12, CancellationToken ct = default)
    {
        var from = Min(period.YearEarlier.Start, period.MonthsEarlier(trendMonths - 1).Start);
        var to = period.End;

        var force = await db.Forces.AsNoTracking().OrderBy(f => f.Id).FirstAsync(ct);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new PackUnit(OrgLevel.Area, a.Id, a.Code, a.Name, a.ForceId)).ToListAsync(ct);
        var boroughs = await db.Boroughs.AsNoTracking().OrderBy(b => b.Name)
            .Select(b => new PackUnit(OrgLevel.Borough, b.Id, b.Code, b.Name, b.AreaId)).ToListAsync(ct);
        var wards = await db.Wards.AsNoTracking().OrderBy(w => w.Name)
            .Select(w => new PackUnit(OrgLevel.Ward, w.Id, w.Code, w.Name, w.BoroughId)).ToListAsync(ct);
        var indicators = await db.IndicatorDefinitions.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(ct);

        var byQuestion = indicators.GroupBy(i => (i.Survey, i.Question.ToLowerInvariant())).ToDictionary(g => g.Key, g => g.ToList());
        var questions = indicators.Select(i => i.Question).Distinct().ToList();
        var observations = indicators.ToDictionary(i => i.Id, _ => new List<Observation>());
        var respondents = new List<RespondentProfile>();
        var respondentIndex = new Dictionary<(SurveyKind, string), int>();

        var rows = db.SurveyAnswers.AsNoTracking()
            .Where(a => a.InterviewDate >= from && a.InterviewDate <= to && questions.Contains(a.Question))
            .Select(a => new
            {
                a.Survey, a.RespondentId, a.InterviewDate, a.BoroughId, a.WardId, a.Weight, a.Question, a.Answer,
                a.AgeBand, a.Sex, a.Ethnicity, a.Religion, a.SexualOrientation, a.Disability,
            })
            .AsAsyncEnumerable();
        await foreach (var a in rows.WithCancellation(ct))
        {
            if (!byQuestion.TryGetValue((a.Survey, a.Question.ToLowerInvariant()), out var defs)) continue;
            if (!respondentIndex.TryGetValue((a.Survey, a.RespondentId), out var r))
            {
                r = respondents.Count;
                respondentIndex[(a.Survey, a.RespondentId)] = r;
                respondents.Add(new RespondentProfile(a.RespondentId, a.AgeBand, a.Sex, a.Ethnicity, a.Religion, a.SexualOrientation, a.Disability));
            }
            foreach (var def in defs)
            {
                if (def.IsExcluded(a.Answer)) continue;
                observations[def.Id].Add(new Observation(a.InterviewDate, a.BoroughId, a.WardId ?? 0, a.Weight, def.IsPositive(a.Answer), r));
            }
        }

        var data = new SurveyData
        {
            Force = new PackUnit(OrgLevel.Force, force.Id, force.Code, force.Name, null),
            Areas = areas, Boroughs = boroughs, Wards = wards,
            PeerForces = await db.PeerForces.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct),
            Indicators = indicators,
            Observations = observations.ToDictionary(o => o.Key, o => o.Value.ToArray()),
            Respondents = respondents,
            Published = await db.PublishedIndicators.AsNoTracking().Where(p => p.PeriodEnd >= from && p.PeriodStart <= to).ToListAsync(ct),
            Targets = await db.IndicatorTargets.AsNoTracking().OrderBy(t => t.Date).ToListAsync(ct),
            PeerGroups = await new PeerGroups.PeerGroupQueries(db, options).LoadAsync(ct),
            From = from, To = to,
        };
        return new PerformanceEngine(data, options.Value);
    }

    /// <summary>Compliance with every service standard for the unit, month by month over the period.</summary>
    public async Task<IReadOnlyList<Promises.ComplianceRow>> ComplianceForAsync(PackUnit unit, PackPeriod period, CancellationToken ct = default)
    {
        var standards = await db.ServiceStandards.AsNoTracking().OrderBy(s => s.Code).Select(s => s.Code).ToListAsync(ct);
        var level = unit.Level;
        string? within = unit.Level switch
        {
            OrgLevel.Borough => unit.Code,
            OrgLevel.Ward => await db.Boroughs.Where(b => b.Id == unit.ParentId).Select(b => b.Code).SingleOrDefaultAsync(ct),
            _ => null,
        };
        var rows = new List<Promises.ComplianceRow>();
        foreach (var standard in standards)
            rows.AddRange((await compliance.ByUnitAsync(standard, level, period.Start, period.Month, within, ct: ct))
                .Where(r => unit.Level == OrgLevel.Force || string.Equals(r.UnitCode, unit.Code, StringComparison.OrdinalIgnoreCase)));
        return rows;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
