namespace CitizenFocus.Reporting;

/// <summary>Plain text; a line break in the text starts a new line.</summary>
public sealed record Paragraph(string Text) : ReportBlock;
