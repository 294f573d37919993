namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// A crime group as the performance framework names it (robbery, residential burglary, knife crime…).
/// Which crimes count is data: the group's <see cref="CrimeGroupRule"/> rows.
/// </summary>
public sealed class CrimeGroup
{
    /// <summary>Groups are stored as bits of <see cref="Crime.Groups"/>, so there can be at most 31.</summary>
    public const int MaxGroups = 31;

    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>The group's bit in <see cref="Crime.Groups"/> (0–30).</summary>
    public int Bit { get; set; }
    public int SortOrder { get; set; }
    public List<CrimeGroupRule> Rules { get; set; } = [];

    public int Mask => 1 << Bit;
}

/// <summary>
/// One way into a group: a crime type (any type when empty), optionally only with a flag. A crime is in
/// the group when any of its rules matches.
/// </summary>
public sealed class CrimeGroupRule
{
    public int Id { get; set; }
    public int CrimeGroupId { get; set; }

    /// <summary>The crime type exactly as recorded (case-insensitive); null for any type.</summary>
    public string? CrimeType { get; set; }
    public CrimeFlag? RequiresFlag { get; set; }
}

/// <summary>The flags a rule can require.</summary>
public enum CrimeFlag
{
    HateCrime = 0,
    Domestic = 1,
    JuvenileVictim = 2,
    Knife = 3,
    Gun = 4,
    Business = 5,
}
