namespace CitizenFocus.Statistics;

/// <summary>One respondent's answer to one question, with the respondent's weight and characteristics.</summary>
public sealed class SurveyAnswer
{
    public long Id { get; set; }
    public SurveyKind Survey { get; set; }
    public required string RespondentId { get; set; }
    public DateOnly InterviewDate { get; set; }
    public int BoroughId { get; set; }
    public int? WardId { get; set; }
    public double Weight { get; set; }
    public required string Question { get; set; }
    public required string Answer { get; set; }
    public string? AgeBand { get; set; }
    public string? Sex { get; set; }
    public string? Ethnicity { get; set; }
    public string? Religion { get; set; }
    public string? SexualOrientation { get; set; }
    public string? Disability { get; set; }
}
