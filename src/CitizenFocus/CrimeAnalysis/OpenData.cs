namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// One row of a police.uk street-level crime file, kept as published (anonymised: month only, a map
/// snap point, LSOA), with the ward and borough it maps to when the LSOA is known.
/// </summary>
public sealed class OpenDataCrime
{
    public long Id { get; set; }

    /// <summary>Empty for anti-social behaviour, which police.uk publishes without an ID.</summary>
    public string? CrimeId { get; set; }
    public DateOnly Month { get; set; }
    public required string ReportedBy { get; set; }
    public required string FallsWithin { get; set; }
    public double? Longitude { get; set; }
    public double? Latitude { get; set; }
    public string? Location { get; set; }
    public string? LsoaCode { get; set; }
    public string? LsoaName { get; set; }
    public required string CrimeType { get; set; }
    public string? LastOutcomeCategory { get; set; }
    public string? Context { get; set; }
    public int? WardId { get; set; }
    public int? BoroughId { get; set; }
    public int Groups { get; set; }
}

/// <summary>One row of a police.uk outcomes file.</summary>
public sealed class OpenDataOutcome
{
    public long Id { get; set; }
    public required string CrimeId { get; set; }
    public DateOnly Month { get; set; }
    public required string ReportedBy { get; set; }
    public required string FallsWithin { get; set; }
    public double? Longitude { get; set; }
    public double? Latitude { get; set; }
    public string? Location { get; set; }
    public string? LsoaCode { get; set; }
    public string? LsoaName { get; set; }
    public required string OutcomeType { get; set; }
}

/// <summary>
/// Which months of a force's street-level data are held. A month between the first and last imported
/// with no file is recorded as missing, so that a gap is never read as zero crime.
/// </summary>
public sealed class OpenDataMonth
{
    public int Id { get; set; }
    public required string Force { get; set; }
    public DateOnly Month { get; set; }
    public OpenDataMonthStatus Status { get; set; }
    public int Rows { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public enum OpenDataMonthStatus
{
    Present = 0,
    Missing = 1,
}

/// <summary>The lookup from a Lower Layer Super Output Area to its ward (ONS lookup file).</summary>
public sealed class LsoaWard
{
    public required string LsoaCode { get; set; }
    public string? LsoaName { get; set; }
    public required string WardCode { get; set; }
}
