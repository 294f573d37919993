namespace CitizenFocus.Reporting;

/// <summary>One unit on a funnel plot: its name, its sample size (x) and its value (y).</summary>
public sealed record FunnelPoint(string Label, double SampleSize, double Value);
