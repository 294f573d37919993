namespace CitizenFocus.Reporting;

/// <summary>A chart in a section. Writers show its data table with it, so no figure is only in a picture.</summary>
public sealed record Chart(ChartSpec Spec) : ReportBlock;
