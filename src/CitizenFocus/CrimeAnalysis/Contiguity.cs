namespace CitizenFocus.CrimeAnalysis;

/// <summary>Which grid cells touch: rook (sharing an edge, 4 neighbours) or queen (sharing an edge or a corner, 8).</summary>
public enum Contiguity
{
    Rook,
    Queen,
}
