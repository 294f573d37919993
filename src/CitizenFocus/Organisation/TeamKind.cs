namespace CitizenFocus.Organisation;

public enum TeamKind
{
    /// <summary>A ward's Safer Neighbourhood Team.</summary>
    WardTeam = 0,
    SaferTransport = 1,
    SaferSchools = 2,
    /// <summary>The borough's neighbourhood inspectors, to whom ward sergeants report.</summary>
    NeighbourhoodManagement = 3,
}
