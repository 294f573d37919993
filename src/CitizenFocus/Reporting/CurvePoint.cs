namespace CitizenFocus.Reporting;

/// <summary>A point on a control-limit curve: the limit's value at sample size <see cref="N"/>.</summary>
public readonly record struct CurvePoint(double N, double Value);
