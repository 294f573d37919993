namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// An offender whose crimes in the period cross crime groups (or types). <see cref="Groups"/> counts the
/// crime groups of all their crimes together, a knife-point robbery adding both robbery and knife crime.
/// </summary>
public sealed record CrossTypeOffender(
    int Rank,
    string OffenderRef,
    int Groups,
    int CrimeTypes,
    int Crimes,
    IReadOnlyList<string> GroupCodes,
    IReadOnlyList<string> Types,
    DateTime FirstAt,
    DateTime LastAt,
    string? LastBoroughCode);

/// <summary>What an offender must cross to be listed.</summary>
public enum CrossTypeBasis
{
    /// <summary>Crimes in two or more of the framework's crime groups.</summary>
    Groups = 0,

    /// <summary>Crimes of two or more recorded crime types.</summary>
    Types = 1,
}
