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
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? VictimRef { get; set; }
    public string? OffenderRef { get; set; }
}
