namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// The crime groups of the June 2010 performance framework, with the rules a fresh database starts
/// with. Internal crime types and police.uk's published categories are both mapped; police.uk does
/// not separate residential from business burglary, so its "Burglary" counts as residential.
/// </summary>
internal static class CrimeGroupSeed
{
    public static readonly CrimeGroup[] Groups =
    [
        G(1, "robbery", "Robbery"),
        G(2, "residential-burglary", "Residential burglary"),
        G(3, "motor-vehicle", "Theft from and of motor vehicles"),
        G(4, "most-serious-violence", "Most serious violence"),
        G(5, "youth-violence", "Youth violence"),
        G(6, "homicide", "Homicide"),
        G(7, "gun-crime", "Gun crime"),
        G(8, "knife-crime", "Knife crime"),
        G(9, "rape", "Rape"),
        G(10, "business-crime", "Business crime"),
    ];

    public static readonly CrimeGroupRule[] Rules = Build();

    private static CrimeGroup G(int id, string code, string name) =>
        new() { Id = id, Code = code, Name = name, Bit = id - 1, SortOrder = id };

    private static CrimeGroupRule[] Build()
    {
        var rules = new List<CrimeGroupRule>();
        void R(int group, string? type, CrimeFlag? flag = null) =>
            rules.Add(new CrimeGroupRule { Id = rules.Count + 1, CrimeGroupId = group, CrimeType = type, RequiresFlag = flag });

        R(1, "Robbery of personal property"); R(1, "Robbery of business property"); R(1, "Robbery");
        R(2, "Residential burglary"); R(2, "Burglary");
        R(3, "Theft from motor vehicle"); R(3, "Theft of motor vehicle"); R(3, "Vehicle crime");
        R(4, "Grievous bodily harm"); R(4, "Homicide"); R(4, "Attempted murder");
        foreach (var violence in new[] { "Assault with injury", "Common assault", "Grievous bodily harm", "Robbery of personal property", "Violence and sexual offences" })
            R(5, violence, CrimeFlag.JuvenileVictim);
        R(6, "Homicide");
        R(7, null, CrimeFlag.Gun);
        R(8, null, CrimeFlag.Knife);
        R(9, "Rape");
        R(10, "Business burglary"); R(10, "Robbery of business property"); R(10, "Shoplifting"); R(10, null, CrimeFlag.Business);
        return [.. rules];
    }
}
