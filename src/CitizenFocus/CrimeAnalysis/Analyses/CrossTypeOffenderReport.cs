using System.Globalization;
using CitizenFocus.Audit;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>The offenders of a unit whose crimes over a period cross crime groups (or types).</summary>
public sealed record CrossTypeOffenderReport(AnalysisUnit Unit, AnalysisPeriod Period, CrossTypeBasis Basis, IReadOnlyList<CrossTypeOffender> Offenders)
{
    /// <summary>The list names offenders: reading it is a consultation of personal data, described the same on every channel.</summary>
    public PersonalDataRead Consultation() => PersonalDataRead.CrimeAnalysis(CrossTypeOffenderAnalysis.Name, Unit.Code,
        string.Create(CultureInfo.InvariantCulture, $"{Period}, crossing {Basis.ToString().ToLowerInvariant()}, {Offenders.Count} offenders"));
}
