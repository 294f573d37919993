namespace CitizenFocus.Reporting;

/// <summary>A headed part of a report: paragraphs, tables and charts in reading order.</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks);
