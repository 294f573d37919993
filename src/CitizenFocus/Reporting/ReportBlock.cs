namespace CitizenFocus.Reporting;

/// <summary>One thing in a section: a <see cref="Paragraph"/>, a <see cref="Table"/> or a <see cref="Chart"/>.</summary>
public abstract record ReportBlock;
