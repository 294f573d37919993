using CitizenFocus.Organisation;
using CitizenFocus.Statistics;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>A unit an analysis covers or reports on: the force, an area, a borough or a ward.</summary>
public sealed record AnalysisUnit(OrgLevel Level, int Id, string Code, string Name);
