namespace CitizenFocus.Reporting;

/// <summary>One bar: a category, its value and, optionally, the ends of its interval (drawn as an error bar).</summary>
public sealed record BarItem(string Label, double Value, double? Lower = null, double? Upper = null)
{
    public bool HasInterval => Lower is not null && Upper is not null;
}
