namespace CitizenFocus.Organisation;

/// <summary>The census dimensions held for each ward, named as the protected characteristics are.</summary>
public static class CensusDimensions
{
    public const string AgeBand = "age_band";
    public const string Sex = "sex";
    public const string Ethnicity = "ethnicity";
    public const string Religion = "religion";
    public const string Disability = "disability";

    public static readonly IReadOnlyList<string> All = [AgeBand, Sex, Ethnicity, Religion, Disability];
}
