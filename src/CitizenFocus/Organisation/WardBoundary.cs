namespace CitizenFocus.Organisation;

/// <summary>A ward as the lookup needs it: who it is, and its boundary as WGS84 longitude/latitude WKT.</summary>
public sealed record WardBoundary(int Id, string Code, string Name, int BoroughId, string? BoundaryWkt)
{
    public WardRef ToRef() => new(Id, Code, Name, BoroughId);
}
