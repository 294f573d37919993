namespace CitizenFocus.Organisation;

/// <summary>A police force: the top of the organisation tree.</summary>
public sealed class Force
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}
