namespace CitizenFocus.Statistics;

public enum SurveyKind
{
    /// <summary>The local public attitude survey.</summary>
    Pas = 0,
    /// <summary>The user (victim) satisfaction survey.</summary>
    Uss = 1,
}
