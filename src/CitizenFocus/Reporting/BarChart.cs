namespace CitizenFocus.Reporting;

/// <summary>Vertical bars: categories along the x axis, values up the y axis (for example borough estimates).</summary>
public sealed record BarChart : BarChartSpec
{
    private protected override string CategoryTitle => XAxisTitle;
    private protected override string ValueTitle => YAxisTitle;
}
