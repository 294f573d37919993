namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// One row of a police.uk street-level crime file, as published (anonymised: month only, a map snap
/// point, LSOA), with the ward and borough it maps to when the LSOA is known. What repeats from row to
/// row is held once and referred to by id: the forces (<see cref="OpenDataForce"/>), the place
/// (<see cref="OpenDataPlace"/>), the crime type (<see cref="OpenDataCrimeType"/>) and the outcome
/// (<see cref="OpenDataOutcomeType"/>). <see cref="OpenDataQueries.StreetRows"/> reads the rows back as published.
/// <para>
/// The ids are not declared as foreign keys: only <see cref="ImportPoliceUk"/> writes these tables, in one
/// transaction with the rows that refer to them, and never removes a referred-to row; declared keys would
/// cost a lookup per id on every row of a million-row file, and an index per key (see bench/README.md).
/// </para>
/// </summary>
public sealed class OpenDataCrime
{
    public long Id { get; set; }

    /// <summary>police.uk's crime ID, 64 hexadecimal digits, held as its 32 bytes; null for anti-social behaviour, which has none.</summary>
    public byte[]? CrimeId { get; set; }
    public DateOnly Month { get; set; }

    /// <summary>The force that published the row (police.uk's "Reported by").</summary>
    public int ReportedById { get; set; }

    /// <summary>The force whose area the row lies in ("Falls within"): British Transport Police rows fall within others.</summary>
    public int FallsWithinId { get; set; }

    /// <summary>Where, as published; null when the row has no map point, location or LSOA.</summary>
    public int? PlaceId { get; set; }

    /// <summary>One of police.uk's fourteen published crime types (<see cref="OpenDataCrimeType"/>).</summary>
    public int CrimeTypeId { get; set; }

    /// <summary>police.uk's "Last outcome category"; null when the file gives none (anti-social behaviour).</summary>
    public int? OutcomeTypeId { get; set; }
    public string? Context { get; set; }
    public int? WardId { get; set; }
    public int? BoroughId { get; set; }

    /// <summary>The crime groups (<see cref="CrimeGroup"/>) of its crime type, as a mask.</summary>
    public int Groups { get; set; }
}

/// <summary>One row of a police.uk outcomes file.</summary>
public sealed class OpenDataOutcome
{
    public long Id { get; set; }

    /// <summary>The crime ID's 32 bytes, as <see cref="OpenDataCrime.CrimeId"/>.</summary>
    public required byte[] CrimeId { get; set; }
    public DateOnly Month { get; set; }
    public int ReportedById { get; set; }
    public int FallsWithinId { get; set; }
    public int? PlaceId { get; set; }
    public int OutcomeTypeId { get; set; }
}

/// <summary>A police force as police.uk names it in "Reported by" and "Falls within".</summary>
public sealed class OpenDataForce
{
    public int Id { get; set; }
    public required string Name { get; set; }
}

/// <summary>
/// A place as police.uk publishes it: the anonymised map point ("snap point") with its street description
/// ("On or near ...") and the LSOA it lies in. Any part may be missing (police.uk publishes rows without
/// coordinates, or without an LSOA), but not all of them: a row with none has no place.
/// </summary>
public sealed class OpenDataPlace
{
    public int Id { get; set; }
    public double? Longitude { get; set; }
    public double? Latitude { get; set; }
    public string? Location { get; set; }
    public string? LsoaCode { get; set; }
    public string? LsoaName { get; set; }
}

/// <summary>One of police.uk's published crime types, with the category id its API uses (e.g. "violent-crime").</summary>
public sealed class OpenDataCrimeType
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
}

/// <summary>An outcome as police.uk words it, in "Last outcome category" and "Outcome type".</summary>
public sealed class OpenDataOutcomeType
{
    public int Id { get; set; }
    public required string Name { get; set; }
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
