namespace CitizenFocus.Organisation;

/// <summary>A borough operational command unit (BOCU), coded by its ONS local authority code.</summary>
public sealed class Borough
{
    public int Id { get; set; }
    public int AreaId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}
