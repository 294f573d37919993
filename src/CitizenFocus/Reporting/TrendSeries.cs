namespace CitizenFocus.Reporting;

/// <summary>
/// One line on a trend chart: a value per month (null where there is no figure, drawn as a gap) and,
/// optionally, the lower and upper ends of an interval per month, drawn as a shaded band.
/// <see cref="Missing"/> is what the data table says for a month without a figure ("no data" when not
/// given; "insufficient sample" where a figure was withheld).
/// </summary>
public sealed record TrendSeries(
    string Name,
    IReadOnlyList<double?> Values,
    IReadOnlyList<double?>? Lower = null,
    IReadOnlyList<double?>? Upper = null,
    string? Missing = null)
{
    public bool HasBand => Lower is not null && Upper is not null;
}
