namespace CitizenFocus.Reporting;

/// <summary>Fixed limits for a value axis, so charts of the same measure can be compared by eye.</summary>
public sealed record AxisRange(double Minimum, double Maximum);
