namespace CitizenFocus.Reporting;

/// <summary>
/// A report as a plain document: no database, no layout. The PDF writer and the web pages each lay it
/// out in their own way, so a pack says what it shows once.
/// <see cref="GeneratedAt"/> is shown as written after "Generated", for example "1 April 2026 at 09:00".
/// </summary>
public sealed record Report(string Title, string? Subtitle, string GeneratedAt, IReadOnlyList<ReportSection> Sections);
