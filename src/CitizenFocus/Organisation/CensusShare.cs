namespace CitizenFocus.Organisation;

/// <summary>The share (0–1) of a ward's residents in one category of a census dimension.</summary>
public sealed class CensusShare
{
    public required string Dimension { get; set; }
    public required string Category { get; set; }
    public double Share { get; set; }
}
