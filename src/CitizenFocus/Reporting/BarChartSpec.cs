namespace CitizenFocus.Reporting;

/// <summary>
/// What vertical and horizontal bar charts share: bars with optional intervals, an optional reference
/// line (such as the force average) and an order. The data table lists the bars in the drawn order.
/// </summary>
public abstract record BarChartSpec : ChartSpec
{
    private protected BarChartSpec()
    {
    }

    public required IReadOnlyList<BarItem> Bars { get; init; }
    public double? ReferenceLine { get; init; }
    public string ReferenceLabel { get; init; } = "Average";
    public BarOrder Order { get; init; } = BarOrder.AsGiven;

    /// <summary>Fixed limits for the value axis; null chooses them from the data, always including zero.</summary>
    public AxisRange? ValueAxis { get; init; }

    /// <summary>The label of the bar drawn in a second colour, such as the unit a pack is about; null draws every bar alike.</summary>
    public string? Highlight { get; init; }

    private protected abstract string CategoryTitle { get; }
    private protected abstract string ValueTitle { get; }

    /// <summary>The bars in the order they are drawn (first bar leftmost, or topmost when horizontal).</summary>
    public IReadOnlyList<BarItem> OrderedBars() => Order switch
    {
        BarOrder.Descending => Bars.OrderByDescending(b => b.Value).ToArray(),
        BarOrder.Ascending => Bars.OrderBy(b => b.Value).ToArray(),
        _ => Bars,
    };

    public override Table ToDataTable()
    {
        Validate();
        var withIntervals = Bars.Any(b => b.HasInterval);
        var headers = withIntervals
            ? new[] { CategoryTitle, ValueTitle, "Lower", "Upper" }
            : new[] { CategoryTitle, ValueTitle };
        var rows = OrderedBars()
            .Select(b => (IReadOnlyList<string>)(withIntervals
                ? [b.Label, ChartNumbers.Value(b.Value, Decimals), ChartNumbers.Value(b.Lower, Decimals), ChartNumbers.Value(b.Upper, Decimals)]
                : [b.Label, ChartNumbers.Value(b.Value, Decimals)]))
            .ToArray();
        var caption = ReferenceLine is { } reference
            ? $"Data for the chart: {Title} ({ReferenceLabel}: {ChartNumbers.Value(reference, Decimals)})"
            : $"Data for the chart: {Title}";
        return new Table(caption, headers, rows, headers.Select((_, i) => i > 0).ToArray());
    }

    internal override void Validate()
    {
        if (Bars.Count == 0)
            throw new ArgumentException($"Bar chart '{Title}' has no bars.");
        foreach (var bar in Bars)
        {
            if ((bar.Lower is null) != (bar.Upper is null))
                throw new ArgumentException($"Bar '{bar.Label}' in '{Title}' has one end of its interval but not the other.");
        }
    }
}
