using CitizenFocus.Organisation;

namespace CitizenFocus.Statistics;

/// <summary>
/// An aggregate figure published elsewhere (the force's or a peer force's indicator, a borough
/// figure from another source): one row of the aggregate import file.
/// </summary>
public sealed class PublishedIndicator
{
    public long Id { get; set; }
    public required string Indicator { get; set; }
    public OrgLevel UnitType { get; set; }

    /// <summary>A force code (e.g. "MPS", "WYP") for unit type force; an ONS code for borough and ward; an area code.</summary>
    public required string UnitCode { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }

    /// <summary>Sample size behind the figure (its effective size when the publisher gives one).</summary>
    public int N { get; set; }

    /// <summary>The proportion, as a fraction 0–1.</summary>
    public double Estimate { get; set; }
    public DateTime ImportedAt { get; set; }
}
