namespace CitizenFocus.Reporting;

/// <summary>
/// Horizontal bars: categories down the y axis, values along the x axis. Suits long labels and
/// signed values, such as key-driver importance or equality gaps with their intervals.
/// </summary>
public sealed record HorizontalBarChart : BarChartSpec
{
    private protected override string CategoryTitle => YAxisTitle;
    private protected override string ValueTitle => XAxisTitle;
}
