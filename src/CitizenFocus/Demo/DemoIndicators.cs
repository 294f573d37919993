using CitizenFocus.Organisation;
using CitizenFocus.Statistics;

namespace CitizenFocus.Demo;

/// <summary>
/// Published figures for the force's Most Similar Forces (West Yorkshire, West Midlands, Greater
/// Manchester) for every indicator and every rolling 12-month window the demo's surveys cover, and
/// the public-confidence trajectory. The peers sit close to the demo force on confidence and a few
/// points above it on victim satisfaction, as the 2008 inspection found (SPI 1e, −3.4 points).
/// </summary>
internal sealed class DemoIndicators(DemoOrganisation org, int seed, DateTime now)
{
    /// <summary>Each peer's offset from the demo force's expected value, by survey.</summary>
    private static readonly Dictionary<string, (double Pas, double Uss, int PasN, int UssN)> PeerOffsets = new()
    {
        ["WYP"] = (0.01, 0.035, 4_200, 7_800),
        ["WMP"] = (-0.02, 0.030, 4_600, 8_100),
        ["GMP"] = (0.015, 0.045, 5_000, 8_900),
    };

    public IEnumerable<PublishedIndicator> PeerFigures()
    {
        var rng = new DemoRandom(seed, 9);
        var start = DateOnly.FromDateTime(now.AddDays(-DemoActivity.Days));
        var firstEnd = new DateOnly(start.Year, start.Month, 1).AddMonths(13).AddDays(-1);
        var lastEnd = new DateOnly(now.Year, now.Month, 1).AddDays(-1);
        foreach (var peer in org.Peers.Where(p => !p.IsHomeForce))
        {
            var offset = PeerOffsets.GetValueOrDefault(peer.Code, (0.0, 0.0, 4_000, 8_000));
            foreach (var definition in IndicatorSeed.Definitions)
            {
                var pas = definition.Survey == SurveyKind.Pas;
                for (var end = firstEnd; end <= lastEnd; end = end.AddDays(1).AddMonths(1).AddDays(-1))
                {
                    var value = Expected(definition.Question) + (pas ? offset.Item1 : offset.Item2) + rng.Normal(0, 0.004);
                    yield return new PublishedIndicator
                    {
                        Indicator = definition.Code, UnitType = OrgLevel.Force, UnitCode = peer.Code,
                        PeriodStart = end.AddDays(1).AddMonths(-12), PeriodEnd = end,
                        N = pas ? offset.Item3 : offset.Item4, Estimate = Math.Round(Math.Clamp(value, 0.01, 0.99), 4),
                        ImportedAt = now,
                    };
                }
            }
        }
    }

    /// <summary>Confidence: from where the force stood a year into the demo, +4 points in a year (interim), +8 in two.</summary>
    public IEnumerable<IndicatorTarget> Targets()
    {
        var baseline = new DateOnly(now.Year, now.Month, 1).AddMonths(-13).AddDays(-1);
        var value = Math.Round(Expected("issues_that_matter"), 3);
        yield return Target(baseline, value, TargetKind.Baseline);
        yield return Target(baseline.AddDays(1).AddMonths(12).AddDays(-1), value + 0.04, TargetKind.Interim);
        yield return Target(baseline.AddDays(1).AddMonths(24).AddDays(-1), value + 0.08, TargetKind.Target);
    }

    private IndicatorTarget Target(DateOnly date, double value, TargetKind kind) => new()
    {
        Indicator = "pas-confidence", UnitType = OrgLevel.Force, UnitCode = org.Force.Code, Date = date, Value = value, Kind = kind,
    };

    /// <summary>What the demo's own respondents give on average for a question (unweighted over boroughs, latest year).</summary>
    private double Expected(string question)
    {
        var profiles = org.Profiles.Values.ToList();
        return question switch
        {
            "good_job" => profiles.Average(p => p.Confidence + 0.05),
            "issues_that_matter" => profiles.Average(p => p.Confidence),
            "treat_with_respect" => profiles.Average(p => p.Respect),
            "heard_of_snt" => profiles.Average(p => p.HeardOfTeam),
            _ => profiles.Average(p => p.VictimSatisfaction + p.SatisfactionChangeYearOnYear) - 0.015 + question switch
            {
                "ease_of_contact" => 0.10, "treatment" => 0.08, "actions" => -0.02, "follow_up" => -0.10, _ => 0.0,
            },
        };
    }
}
