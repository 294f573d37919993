using CitizenFocus.Organisation;

namespace CitizenFocus.Statistics.Performance;

/// <summary>One respondent's answer to one indicator's question, reduced to what the estimates need.</summary>
public readonly record struct Observation(DateOnly Date, int BoroughId, int WardId, double Weight, bool Positive, int Respondent);

/// <summary>A respondent's characteristics, for equality analysis (null where not given).</summary>
public sealed record RespondentProfile(string Key, string? AgeBand, string? Sex, string? Ethnicity, string? Religion,
    string? SexualOrientation, string? Disability)
{
    public static readonly string[] Characteristics = ["Age band", "Sex", "Ethnicity", "Religion", "Sexual orientation", "Disability"];

    public string? Value(int characteristic) => characteristic switch
    {
        0 => AgeBand, 1 => Sex, 2 => Ethnicity, 3 => Religion, 4 => SexualOrientation, 5 => Disability, _ => null,
    };
}

/// <summary>
/// Everything the performance figures are computed from, loaded once: the organisation, the indicator
/// definitions, each indicator's observations, respondents' characteristics, published figures and
/// targets. Computing from memory keeps a whole pack (force, areas, boroughs, wards) to one read.
/// </summary>
public sealed class SurveyData
{
    public required PackUnit Force { get; init; }
    public required IReadOnlyList<PackUnit> Areas { get; init; }
    public required IReadOnlyList<PackUnit> Boroughs { get; init; }
    public required IReadOnlyList<PackUnit> Wards { get; init; }
    public required IReadOnlyList<PeerForce> PeerForces { get; init; }
    public required IReadOnlyList<IndicatorDefinition> Indicators { get; init; }
    public required IReadOnlyDictionary<int, Observation[]> Observations { get; init; }
    public required IReadOnlyList<RespondentProfile> Respondents { get; init; }
    public required IReadOnlyList<PublishedIndicator> Published { get; init; }
    public required IReadOnlyList<IndicatorTarget> Targets { get; init; }

    /// <summary>Boroughs' and wards' peer groups; without them each unit is compared with every other of its level.</summary>
    public PeerGroups.PeerGroupSet PeerGroups { get; init; } = Statistics.PeerGroups.PeerGroupSet.Empty;

    /// <summary>The earliest and latest interview dates loaded.</summary>
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }

    private Dictionary<int, int>? areaOfBorough;

    public IReadOnlyList<PackUnit> UnitsAt(OrgLevel level) => level switch
    {
        OrgLevel.Force => [Force],
        OrgLevel.Area => Areas,
        OrgLevel.Borough => Boroughs,
        _ => Wards,
    };

    /// <summary>The unit an observation counts in at a level (0 when it has no ward and the level is ward).</summary>
    public int UnitOf(in Observation o, OrgLevel level)
    {
        areaOfBorough ??= Boroughs.ToDictionary(b => b.Id, b => b.ParentId ?? 0);
        return level switch
        {
            OrgLevel.Force => Force.Id,
            OrgLevel.Area => areaOfBorough.GetValueOrDefault(o.BoroughId),
            OrgLevel.Borough => o.BoroughId,
            _ => o.WardId,
        };
    }

    public PackUnit? Find(OrgLevel level, string code) =>
        UnitsAt(level).FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase));

    public IndicatorDefinition? Indicator(string code) =>
        Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>A published figure for the unit whose period ends in the period's last month (or within the two before).</summary>
    public PublishedIndicator? PublishedFor(string indicator, OrgLevel level, string unitCode, PackPeriod period)
    {
        PublishedIndicator? best = null;
        foreach (var p in Published)
        {
            if (p.UnitType != level || !string.Equals(p.Indicator, indicator, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(p.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase)) continue;
            if (p.PeriodEnd > period.End || p.PeriodEnd < period.Month.AddMonths(-2)) continue;
            if (best is null || p.PeriodEnd > best.PeriodEnd) best = p;
        }
        return best;
    }
}
