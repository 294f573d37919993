using CitizenFocus.Data;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>What street-level and outcomes rows share, read back as police.uk published it.</summary>
public abstract record PublishedOpenDataRow
{
    public long Id { get; init; }

    /// <summary>The crime ID's 32 bytes; null for anti-social behaviour (street-level rows only).</summary>
    public byte[]? CrimeIdBytes { get; init; }
    public DateOnly Month { get; init; }
    public required string ReportedBy { get; init; }
    public required string FallsWithin { get; init; }
    public double? Longitude { get; init; }
    public double? Latitude { get; init; }
    public string? Location { get; init; }
    public string? LsoaCode { get; init; }
    public string? LsoaName { get; init; }

    /// <summary>The crime ID as police.uk writes it (lower-case hexadecimal).</summary>
    public string? CrimeId => CrimeIdBytes is null ? null : PoliceUkCrimeId.Text(CrimeIdBytes);
}

/// <summary>A street-level row as published, with the ward and borough it was placed in.</summary>
public sealed record PublishedStreetCrime : PublishedOpenDataRow
{
    public required string CrimeType { get; init; }

    /// <summary>The category id police.uk's API gives the crime type (e.g. "violent-crime").</summary>
    public required string CrimeCategory { get; init; }
    public string? LastOutcomeCategory { get; init; }
    public string? Context { get; init; }
    public int? WardId { get; init; }
    public int? BoroughId { get; init; }
    public int Groups { get; init; }
}

/// <summary>An outcomes-file row as published.</summary>
public sealed record PublishedOutcome : PublishedOpenDataRow
{
    public required string OutcomeType { get; init; }

    /// <summary>The crime ID, which every outcome has (the import refuses one without).</summary>
    public new string CrimeId => base.CrimeId!;
}

/// <summary>The imported police.uk rows with their forces, places, types and outcomes joined back in.</summary>
public static class OpenDataQueries
{
    public static IQueryable<PublishedStreetCrime> StreetRows(CitizenFocusDb db) =>
        from c in db.OpenDataCrimes
        join reportedBy in db.OpenDataForces on c.ReportedById equals reportedBy.Id
        join fallsWithin in db.OpenDataForces on c.FallsWithinId equals fallsWithin.Id
        join type in db.OpenDataCrimeTypes on c.CrimeTypeId equals type.Id
        from place in db.OpenDataPlaces.Where(p => p.Id == c.PlaceId).DefaultIfEmpty()
        from outcome in db.OpenDataOutcomeTypes.Where(o => o.Id == c.OutcomeTypeId).DefaultIfEmpty()
        select new PublishedStreetCrime
        {
            Id = c.Id, CrimeIdBytes = c.CrimeId, Month = c.Month, ReportedBy = reportedBy.Name, FallsWithin = fallsWithin.Name,
            Longitude = place == null ? null : place.Longitude, Latitude = place == null ? null : place.Latitude,
            Location = place == null ? null : place.Location, LsoaCode = place == null ? null : place.LsoaCode,
            LsoaName = place == null ? null : place.LsoaName, CrimeType = type.Name, CrimeCategory = type.Slug,
            LastOutcomeCategory = outcome == null ? null : outcome.Name, Context = c.Context, WardId = c.WardId,
            BoroughId = c.BoroughId, Groups = c.Groups,
        };

    public static IQueryable<PublishedOutcome> Outcomes(CitizenFocusDb db) =>
        from o in db.OpenDataOutcomes
        join reportedBy in db.OpenDataForces on o.ReportedById equals reportedBy.Id
        join fallsWithin in db.OpenDataForces on o.FallsWithinId equals fallsWithin.Id
        join type in db.OpenDataOutcomeTypes on o.OutcomeTypeId equals type.Id
        from place in db.OpenDataPlaces.Where(p => p.Id == o.PlaceId).DefaultIfEmpty()
        select new PublishedOutcome
        {
            Id = o.Id, CrimeIdBytes = o.CrimeId, Month = o.Month, ReportedBy = reportedBy.Name, FallsWithin = fallsWithin.Name,
            Longitude = place == null ? null : place.Longitude, Latitude = place == null ? null : place.Latitude,
            Location = place == null ? null : place.Location, LsoaCode = place == null ? null : place.LsoaCode,
            LsoaName = place == null ? null : place.LsoaName, OutcomeType = type.Name,
        };
}
