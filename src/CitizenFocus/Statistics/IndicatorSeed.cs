namespace CitizenFocus.Statistics;

/// <summary>
/// The indicator definitions a fresh database starts with: the PAS confidence measure with the
/// questions that explain it, and USS satisfaction with the overall service (SPI 1e) with its stages.
/// Analysts can change them on the Indicators page.
/// </summary>
internal static class IndicatorSeed
{
    public const string Agree = "Strongly agree|Tend to agree";
    public const string Satisfied = "Completely satisfied|Very satisfied|Fairly satisfied";
    public const string DontKnow = "Don't know|Refused";

    private static readonly DateTime Seeded = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly IndicatorDefinition[] Definitions =
    [
        D(1, "pas-confidence", "Police and council deal with the crime and ASB issues that matter (public confidence)", SurveyKind.Pas,
            "issues_that_matter", Agree, headline: true),
        D(2, "pas-good-job", "Police in this area do a good or excellent job", SurveyKind.Pas, "good_job", "Excellent|Good",
            headlineCode: "pas-confidence"),
        D(3, "pas-respect", "Police would treat you with respect", SurveyKind.Pas, "treat_with_respect", Agree,
            headlineCode: "pas-confidence"),
        D(4, "pas-heard-of-snt", "Heard of your Safer Neighbourhood Team", SurveyKind.Pas, "heard_of_snt", "Yes",
            headlineCode: "pas-confidence"),
        D(5, "uss-whole-experience", "Victims satisfied with the overall service (SPI 1e)", SurveyKind.Uss, "whole_experience", Satisfied,
            headline: true),
        D(6, "uss-ease-of-contact", "Satisfied with ease of contact", SurveyKind.Uss, "ease_of_contact", Satisfied,
            headlineCode: "uss-whole-experience"),
        D(7, "uss-actions", "Satisfied with the actions taken", SurveyKind.Uss, "actions", Satisfied,
            headlineCode: "uss-whole-experience"),
        D(8, "uss-follow-up", "Satisfied with being kept informed (follow-up)", SurveyKind.Uss, "follow_up", Satisfied,
            headlineCode: "uss-whole-experience"),
        D(9, "uss-treatment", "Satisfied with their treatment by staff", SurveyKind.Uss, "treatment", Satisfied,
            headlineCode: "uss-whole-experience"),
    ];

    private static IndicatorDefinition D(int id, string code, string name, SurveyKind survey, string question, string positive,
        bool headline = false, string? headlineCode = null) => new()
        {
            Id = id, Code = code, Name = name, Survey = survey, Question = question, PositiveAnswers = positive,
            ExcludedAnswers = DontKnow, IsHeadline = headline, HeadlineCode = headlineCode, SortOrder = id, UpdatedAt = Seeded,
            UpdatedBy = "seed",
        };
}
