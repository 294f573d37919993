namespace CitizenFocus.Statistics;

/// <summary>
/// How a survey question becomes a performance indicator: which answers count as positive. Kept as
/// data so that analysts can edit it (a new wording, a new question) without a release.
/// </summary>
public sealed class IndicatorDefinition
{
    public const int CodeLength = 60;

    public int Id { get; set; }

    /// <summary>Stable code used in files and URLs, e.g. "pas-confidence".</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public SurveyKind Survey { get; set; }

    /// <summary>The question code as it appears in the respondent-level file.</summary>
    public required string Question { get; set; }

    /// <summary>The answers counted as positive, separated by '|'; every other answer counts as not positive.</summary>
    public required string PositiveAnswers { get; set; }

    /// <summary>Answers left out of the base altogether ("Don't know", "Refused"), separated by '|'.</summary>
    public string ExcludedAnswers { get; set; } = "";

    public bool HigherIsBetter { get; set; } = true;

    /// <summary>A headline measure (confidence, satisfaction) rather than a component that explains one.</summary>
    public bool IsHeadline { get; set; }

    /// <summary>For a component: the headline it helps to explain (its code).</summary>
    public string? HeadlineCode { get; set; }

    public int SortOrder { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    public IReadOnlyList<string> PositiveList => Split(PositiveAnswers);
    public IReadOnlyList<string> ExcludedList => Split(ExcludedAnswers);

    public bool IsPositive(string answer) => PositiveList.Contains(answer.Trim(), StringComparer.OrdinalIgnoreCase);
    public bool IsExcluded(string answer) => ExcludedList.Contains(answer.Trim(), StringComparer.OrdinalIgnoreCase);

    private static string[] Split(string list) =>
        list.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
