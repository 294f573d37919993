namespace CitizenFocus.Reporting;

/// <summary>A chart's size in CSS pixels (in the PNG, multiplied by the scale asked for).</summary>
public readonly record struct ChartSize(int Width, int Height);
