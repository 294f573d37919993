using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CitizenFocus.Statistics.PeerGroups;

/// <summary>
/// Every borough's and ward's peer group: the <see cref="PerformanceOptions.PeerGroupSize"/> units of its
/// level nearest in census profile (<see cref="MostSimilar"/>), unless an analyst has chosen its peers.
/// </summary>
public sealed class PeerGroupQueries(CitizenFocusDb db, IOptions<PerformanceOptions> options)
{
    /// <summary>The groups of both levels, keyed by level and unit code.</summary>
    public async Task<PeerGroupSet> LoadAsync(CancellationToken ct = default)
    {
        var wards = await db.Wards.AsNoTracking().OrderBy(w => w.Code)
            .Select(w => new { w.Code, w.BoroughId, w.Population, w.Census }).ToListAsync(ct);
        var boroughs = await db.Boroughs.AsNoTracking().OrderBy(b => b.Code).Select(b => new { b.Id, b.Code }).ToListAsync(ct);
        var overrides = await db.PeerGroupOverrides.AsNoTracking().ToListAsync(ct);

        var wardProfiles = wards.Where(w => w.Census.Count > 0).Select(w => CensusProfile.Of(w.Code, w.Census)).ToList();
        var boroughProfiles = boroughs
            .Select(b => CensusProfile.Combine(b.Code, wards.Where(w => w.BoroughId == b.Id).Select(w => (w.Population, (IEnumerable<CensusShare>)w.Census))))
            .Where(p => p.Shares.Count > 0).ToList();
        return new PeerGroupSet(
            Build(OrgLevel.Borough, boroughProfiles, overrides),
            Build(OrgLevel.Ward, wardProfiles, overrides),
            boroughProfiles, wardProfiles);
    }

    private Dictionary<(OrgLevel, string), PeerGroup> Build(OrgLevel level, IReadOnlyList<CensusProfile> profiles, IReadOnlyList<PeerGroupOverride> overrides)
    {
        var groups = new Dictionary<(OrgLevel, string), PeerGroup>();
        if (profiles.Count < 2) return groups;
        foreach (var (code, similar) in MostSimilar.Groups(profiles, options.Value.PeerGroupSize))
            groups[(level, code.ToUpperInvariant())] = new PeerGroup(level, code, [.. similar.Select(s => s.Code)], PeerBasis.MostSimilar);
        foreach (var o in overrides.Where(o => o.Level == level))
            groups[(level, o.UnitCode.ToUpperInvariant())] = new PeerGroup(level, o.UnitCode, o.Peers, PeerBasis.AnalystChoice, o.SetBy, o.SetAt, o.Reason);
        return groups;
    }
}

/// <summary>The peer groups of boroughs and wards, with the census profiles they were drawn from.</summary>
public sealed class PeerGroupSet(
    IReadOnlyDictionary<(OrgLevel, string), PeerGroup> boroughs,
    IReadOnlyDictionary<(OrgLevel, string), PeerGroup> wards,
    IReadOnlyList<CensusProfile> boroughProfiles,
    IReadOnlyList<CensusProfile> wardProfiles)
{
    public static readonly PeerGroupSet Empty = new(new Dictionary<(OrgLevel, string), PeerGroup>(), new Dictionary<(OrgLevel, string), PeerGroup>(), [], []);

    /// <summary>The unit's group, or null when its level has none (force, areas) or it has no census profile.</summary>
    public PeerGroup? For(OrgLevel level, string code) => level switch
    {
        OrgLevel.Borough => boroughs.GetValueOrDefault((level, code.ToUpperInvariant())),
        OrgLevel.Ward => wards.GetValueOrDefault((level, code.ToUpperInvariant())),
        _ => null,
    };

    public IReadOnlyList<CensusProfile> Profiles(OrgLevel level) => level switch
    {
        OrgLevel.Borough => boroughProfiles,
        OrgLevel.Ward => wardProfiles,
        _ => [],
    };

    /// <summary>How far each other unit's census profile is from the unit's; empty when the unit has none.</summary>
    public IReadOnlyDictionary<string, double> Distances(OrgLevel level, string unit)
    {
        var profiles = Profiles(level);
        return profiles.Any(p => string.Equals(p.Code, unit, StringComparison.OrdinalIgnoreCase))
            ? MostSimilar.From(profiles, unit) : new Dictionary<string, double>();
    }
}
