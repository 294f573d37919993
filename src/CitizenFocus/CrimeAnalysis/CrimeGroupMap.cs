namespace CitizenFocus.CrimeAnalysis;

/// <summary>The group rules, compiled for classifying crimes as they are stored.</summary>
public sealed class CrimeGroupMap
{
    private readonly Dictionary<string, List<(CrimeFlag? Flag, int Mask)>> byType = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(CrimeFlag Flag, int Mask)> anyType = [];

    public CrimeGroupMap(IEnumerable<CrimeGroup> groups)
    {
        Groups = [.. groups.OrderBy(g => g.SortOrder)];
        foreach (var group in Groups)
            foreach (var rule in group.Rules)
            {
                if (rule.CrimeType is null)
                {
                    if (rule.RequiresFlag is { } flag) anyType.Add((flag, group.Mask));
                    continue;
                }
                if (!byType.TryGetValue(rule.CrimeType, out var list)) byType[rule.CrimeType] = list = [];
                list.Add((rule.RequiresFlag, group.Mask));
            }
    }

    public IReadOnlyList<CrimeGroup> Groups { get; }

    /// <summary>The framework's groups with the rules a fresh database starts with.</summary>
    public static CrimeGroupMap Default { get; } = new(CrimeGroupSeed.Groups.Select(g => new CrimeGroup
    {
        Id = g.Id, Code = g.Code, Name = g.Name, Bit = g.Bit, SortOrder = g.SortOrder,
        Rules = [.. CrimeGroupSeed.Rules.Where(r => r.CrimeGroupId == g.Id)],
    }));

    /// <summary>The bit mask of the groups a crime of this type and these flags counts in.</summary>
    public int Classify(string crimeType, CrimeFlags flags)
    {
        var mask = 0;
        if (byType.TryGetValue(crimeType.Trim(), out var rules))
            foreach (var (flag, bits) in rules)
                if (flag is null || flags.Has(flag.Value)) mask |= bits;
        foreach (var (flag, bits) in anyType)
            if (flags.Has(flag)) mask |= bits;
        return mask;
    }

    public int Classify(Crime crime) => Classify(crime.CrimeType, CrimeFlags.Of(crime));

    /// <summary>Whether any rule names this crime type (otherwise it counts only in flag-based groups).</summary>
    public bool IsKnownType(string crimeType) => byType.ContainsKey(crimeType.Trim());
}

/// <summary>A crime's flags, as the group rules test them.</summary>
public readonly record struct CrimeFlags(bool HateCrime, bool Domestic, bool JuvenileVictim, Weapon Weapon, bool Business)
{
    public static CrimeFlags Of(Crime c) => new(c.HateCrime, c.Domestic, c.JuvenileVictim, c.Weapon, c.Business);

    public bool Has(CrimeFlag flag) => flag switch
    {
        CrimeFlag.HateCrime => HateCrime,
        CrimeFlag.Domestic => Domestic,
        CrimeFlag.JuvenileVictim => JuvenileVictim,
        CrimeFlag.Knife => Weapon == Weapon.Knife,
        CrimeFlag.Gun => Weapon == Weapon.Gun,
        CrimeFlag.Business => Business,
        _ => false,
    };
}
