namespace CitizenFocus.Organisation;

/// <summary>One of the force's areas; each holds several boroughs.</summary>
public sealed class Area
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}
