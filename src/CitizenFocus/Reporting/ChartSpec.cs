namespace CitizenFocus.Reporting;

/// <summary>
/// What a chart shows, independent of how it is drawn. Every kind carries the text a person needs
/// when they cannot see the picture (<see cref="AltText"/>) and can give its numbers as a table.
/// The kinds are closed: <see cref="ChartRenderer"/> knows how to draw each one.
/// </summary>
public abstract record ChartSpec
{
    private protected ChartSpec()
    {
    }

    public required string Title { get; init; }
    public required string XAxisTitle { get; init; }
    public required string YAxisTitle { get; init; }

    /// <summary>A sentence or two saying what the chart shows and what it says, for screen readers and print.</summary>
    public required string AltText { get; init; }

    /// <summary>Decimal places for values in the data table.</summary>
    public int Decimals { get; init; } = 1;

    /// <summary>The chart's numbers as a table with one row per point, category or month.</summary>
    public abstract Table ToDataTable();

    /// <summary>Throws when the parts of the spec disagree (for example a series shorter than the months).</summary>
    internal abstract void Validate();
}
