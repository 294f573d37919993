namespace CitizenFocus.Reporting;

/// <summary>
/// Months along the x axis and one or more series on the y axis, percentages (0 to 100) unless
/// <see cref="ValueAxis"/> says otherwise, with an optional interval band per series and an optional
/// target line.
/// </summary>
public sealed record TrendChart : ChartSpec
{
    public required IReadOnlyList<string> Months { get; init; }
    public required IReadOnlyList<TrendSeries> Series { get; init; }
    public double? Target { get; init; }
    public string TargetLabel { get; init; } = "Target";

    /// <summary>Limits for the value axis, such as 0 to a little above the largest monthly count; null is 0 to 100 (percentages).</summary>
    public AxisRange? ValueAxis { get; init; }

    public override Table ToDataTable()
    {
        Validate();
        var headers = new List<string> { XAxisTitle };
        foreach (var series in Series)
        {
            headers.Add(series.Name);
            if (series.HasBand)
            {
                headers.Add($"{series.Name} lower");
                headers.Add($"{series.Name} upper");
            }
        }

        var rows = new List<IReadOnlyList<string>>(Months.Count);
        for (var m = 0; m < Months.Count; m++)
        {
            var row = new List<string> { Months[m] };
            foreach (var series in Series)
            {
                row.Add(ChartNumbers.Value(series.Values[m], Decimals, series.Missing));
                if (series.HasBand)
                {
                    row.Add(ChartNumbers.Value(series.Lower![m], Decimals, series.Missing));
                    row.Add(ChartNumbers.Value(series.Upper![m], Decimals, series.Missing));
                }
            }

            rows.Add(row);
        }

        var caption = Target is { } target
            ? $"Data for the chart: {Title} ({TargetLabel}: {ChartNumbers.Value(target, Decimals)})"
            : $"Data for the chart: {Title}";
        return new Table(caption, headers, rows, headers.Select((_, i) => i > 0).ToArray());
    }

    internal override void Validate()
    {
        if (Series.Count == 0)
            throw new ArgumentException($"Trend chart '{Title}' has no series.");
        foreach (var series in Series)
        {
            Check(series.Values, "values");
            if ((series.Lower is null) != (series.Upper is null))
                throw new ArgumentException($"Series '{series.Name}' in '{Title}' has one end of its band but not the other.");
            if (series.Lower is not null) Check(series.Lower, "lower limits");
            if (series.Upper is not null) Check(series.Upper, "upper limits");

            void Check(IReadOnlyList<double?> values, string what)
            {
                if (values.Count != Months.Count)
                    throw new ArgumentException(
                        $"Series '{series.Name}' in '{Title}' has {values.Count} {what} for {Months.Count} months.");
            }
        }
    }
}
