namespace CitizenFocus.CrimeAnalysis;

/// <summary>A recorded crime with its place, victim and (when known) offender.</summary>
public sealed class Crime
{
    public long Id { get; set; }
    public required string Reference { get; set; }
    public required string CrimeType { get; set; }
    public DateTime CommittedAt { get; set; }
    public DateTime ReportedAt { get; set; }
    public int BoroughId { get; set; }
    public int? WardId { get; set; }
    public string? Street { get; set; }

    /// <summary>The address or map snap point, normalised, for finding repeat locations.</summary>
    public string? LocationKey { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? VictimRef { get; set; }
    public string? OffenderRef { get; set; }
    public bool HateCrime { get; set; }
    public bool Domestic { get; set; }
    public bool JuvenileVictim { get; set; }
    public Weapon Weapon { get; set; }
    public bool Business { get; set; }

    /// <summary>
    /// The crime groups it counts in, one bit per <see cref="CrimeGroup.Bit"/>, derived from the
    /// group rules when the crime is stored (a knife-point robbery counts in robbery and knife crime).
    /// </summary>
    public int Groups { get; set; }
}

public enum Weapon
{
    None = 0,
    Knife = 1,
    Gun = 2,
}
