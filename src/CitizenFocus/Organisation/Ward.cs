namespace CitizenFocus.Organisation;

/// <summary>A ward: the neighbourhood a Safer Neighbourhood Team serves.</summary>
public sealed class Ward
{
    /// <summary>Wards above this many residents are staffed on the 1-2-6 model.</summary>
    public const int LargeWardResidents = 14_000;

    public int Id { get; set; }
    public int BoroughId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public WardSetting Setting { get; set; }
    public int Population { get; set; }

    /// <summary>Boundary as WKT in WGS84 longitude/latitude (kept as text so both databases store it alike).</summary>
    public string? BoundaryWkt { get; set; }

    public double? CentroidLatitude { get; set; }
    public double? CentroidLongitude { get; set; }
    public List<CensusShare> Census { get; set; } = [];

    public bool IsLarge => Population > LargeWardResidents;
}
