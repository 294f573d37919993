using System.Globalization;
using CitizenFocus.Audit;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>Repeat victims and repeat locations of a unit over a period.</summary>
public sealed record RepeatVictimReport(AnalysisUnit Unit, AnalysisPeriod Period, IReadOnlyList<RepeatVictim> Victims, IReadOnlyList<RepeatLocation> Locations)
{
    /// <summary>The report names victims: reading it is a consultation of personal data, described the same on every channel.</summary>
    public PersonalDataRead Consultation() => PersonalDataRead.CrimeAnalysis(RepeatVictimAnalysis.Name, Unit.Code,
        string.Create(CultureInfo.InvariantCulture, $"{Period}, {Victims.Count} repeat victims, {Locations.Count} repeat locations"));
}

/// <summary>
/// A victim of two or more crimes in the period. Vulnerable when any of them was a hate crime or had a
/// juvenile victim. <see cref="CrimeTypes"/> are the distinct types, most frequent first.
/// </summary>
public sealed record RepeatVictim(
    string VictimRef,
    int Crimes,
    bool Vulnerable,
    int HateCrimes,
    int JuvenileVictimCrimes,
    int DomesticCrimes,
    IReadOnlyList<string> CrimeTypes,
    DateTime FirstAt,
    DateTime LastAt,
    string? LastWardCode);

/// <summary>A place (<see cref="Crime.LocationKey"/>) where two or more crimes happened in the period.</summary>
public sealed record RepeatLocation(
    string LocationKey,
    string? Street,
    string? WardCode,
    string? WardName,
    int Crimes,
    int Victims,
    IReadOnlyList<string> CrimeTypes,
    DateTime FirstAt,
    DateTime LastAt);
