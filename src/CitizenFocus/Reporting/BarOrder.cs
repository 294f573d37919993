namespace CitizenFocus.Reporting;

/// <summary>How bars are ordered; a league table is <see cref="Descending"/>.</summary>
public enum BarOrder
{
    AsGiven,
    Descending,
    Ascending,
}
