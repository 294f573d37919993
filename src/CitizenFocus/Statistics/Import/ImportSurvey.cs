using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Statistics.Import;

/// <param name="Rows">Data rows read (the header not counted).</param>
/// <param name="Respondents">Distinct respondents in the file.</param>
/// <param name="Replaced">Answers already held for those respondents, replaced by the file's.</param>
public sealed record SurveyImportSummary(long Rows, long Respondents, long Replaced);

/// <summary>
/// Loads a respondent-level survey file (PAS or USS): one row per respondent and question, with the
/// columns <c>survey,respondent_id,interview_date,borough_code,ward_code,weight,question,answer</c>
/// first and, optionally, <c>age_band,sex,ethnicity,religion,sexual_orientation,disability</c> after
/// them (by name, in any order). All or nothing: one bad row and nothing is stored. A respondent
/// already held is replaced by the file's answers, so loading a file twice changes nothing.
/// </summary>
public sealed class ImportSurvey(CitizenFocusDb db)
{
    public static readonly string[] RequiredColumns =
        ["survey", "respondent_id", "interview_date", "borough_code", "ward_code", "weight", "question", "answer"];

    public static readonly string[] CharacteristicColumns =
        ["age_band", "sex", "ethnicity", "religion", "sexual_orientation", "disability"];

    public const int MaxErrors = 20;
    private const int Batch = 2_000;

    public async Task<Result<SurveyImportSummary>> HandleAsync(Stream file, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        await using var csv = CsvFile.Open(file);
        var (header, headerErrors) = await CsvFile.ReadExactHeaderAsync(csv, RequiredColumns, ct);
        if (header is null) return Result.Invalid(headerErrors);
        var characteristic = CharacteristicColumns
            .Select(name => IndexOf(header, name))
            .ToArray();

        var boroughs = await db.Boroughs.AsNoTracking().ToDictionaryAsync(b => b.Code, b => b.Id, StringComparer.OrdinalIgnoreCase, ct);
        var wards = (await db.Wards.AsNoTracking().Select(w => new { w.Code, w.Id, w.BoroughId }).ToListAsync(ct))
            .ToDictionary(w => w.Code, w => (w.Id, w.BoroughId), StringComparer.OrdinalIgnoreCase);

        var errors = new List<ValidationError>();
        var answers = new List<SurveyAnswer>();
        var seen = new HashSet<(SurveyKind, string, string)>();
        var rows = await CsvFile.ForEachRowAsync(csv, errors, MaxErrors, row =>
        {
            if (row % 10_000 == 0) progress?.Report(row);
            var answer = Parse(csv, row, characteristic, boroughs, wards, errors);
            if (answer is null) return;
            if (!seen.Add((answer.Survey, answer.RespondentId, answer.Question)))
            {
                errors.Add(new ValidationError("question",
                    $"respondent {answer.RespondentId} already has an answer to '{answer.Question}' earlier in the file", row));
                return;
            }
            if (errors.Count == 0) answers.Add(answer);
        }, ct);
        if (errors.Count > 0) return Result.Invalid(errors);
        if (rows == 0) return Result.Invalid("file", "the file has a header but no rows");

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            long replaced = 0;
            var respondents = answers.Select(a => (a.Survey, a.RespondentId)).Distinct().ToList();
            foreach (var group in respondents.GroupBy(r => r.Survey))
                foreach (var chunk in group.Select(r => r.RespondentId).Chunk(500))
                    replaced += await db.SurveyAnswers.Where(a => a.Survey == group.Key && chunk.Contains(a.RespondentId)).ExecuteDeleteAsync(ct);

            var nextId = (await db.SurveyAnswers.MaxAsync(a => (long?)a.Id, ct) ?? 0) + 1;
            foreach (var chunk in answers.Chunk(Batch))
            {
                foreach (var a in chunk) a.Id = nextId++;
                db.SurveyAnswers.AddRange(chunk);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
            await transaction.CommitAsync(ct);
            await PlannerStatistics.RefreshAsync(db, ct, typeof(SurveyAnswer));
            progress?.Report(rows);
            return Result<SurveyImportSummary>.Ok(new SurveyImportSummary(rows, respondents.Count, replaced));
        });
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
            if (string.Equals(header[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    private static SurveyAnswer? Parse(CsvReader csv, long row, int[] characteristic, Dictionary<string, int> boroughs,
        Dictionary<string, (int Id, int BoroughId)> wards, List<ValidationError> errors)
    {
        var before = errors.Count;
        void Error(string column, string message) => errors.Add(new ValidationError(column, message, row));
        string F(int i) => csv.GetString(i);

        SurveyKind survey = default;
        var surveyText = F(0);
        if (string.Equals(surveyText, "PAS", StringComparison.OrdinalIgnoreCase)) survey = SurveyKind.Pas;
        else if (string.Equals(surveyText, "USS", StringComparison.OrdinalIgnoreCase)) survey = SurveyKind.Uss;
        else Error("survey", surveyText.Length == 0 ? "the survey is missing: give PAS or USS" : $"'{surveyText}' is not a survey: give PAS or USS");

        var respondent = F(1);
        if (respondent.Length == 0) Error("respondent_id", "the respondent ID is missing");
        else if (respondent.Length > 40) Error("respondent_id", "the respondent ID is longer than 40 characters");

        var dateText = F(2);
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            Error("interview_date", dateText.Length == 0 ? "the interview date is missing" : $"'{dateText}' is not a date in the form YYYY-MM-DD");

        var boroughCode = F(3);
        var boroughId = 0;
        if (boroughCode.Length == 0) Error("borough_code", "the borough code is missing");
        else if (!boroughs.TryGetValue(boroughCode, out boroughId)) Error("borough_code", $"'{boroughCode}' is not the ONS code of one of the force's boroughs");

        int? wardId = null;
        var wardCode = F(4);
        if (wardCode.Length > 0)
        {
            if (!wards.TryGetValue(wardCode, out var ward)) Error("ward_code", $"'{wardCode}' is not the ONS code of one of the force's wards");
            else if (boroughId != 0 && ward.BoroughId != boroughId) Error("ward_code", $"ward {wardCode} is not in borough {boroughCode}");
            else wardId = ward.Id;
        }

        var weightText = F(5);
        if (!double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || !double.IsFinite(weight))
            Error("weight", weightText.Length == 0 ? "the weight is missing" : $"'{weightText}' is not a number");
        else if (weight <= 0) Error("weight", $"the weight {weightText} must be more than 0");

        var question = F(6);
        if (question.Length == 0) Error("question", "the question is missing");
        else if (question.Length > 60) Error("question", "the question code is longer than 60 characters");
        var answer = F(7);
        if (answer.Length == 0) Error("answer", "the answer is missing");
        else if (answer.Length > 60) Error("answer", "the answer is longer than 60 characters");

        var values = new string?[CharacteristicColumns.Length];
        for (var c = 0; c < values.Length; c++)
        {
            if (characteristic[c] < 0) continue;
            var v = F(characteristic[c]);
            if (v.Length > 60) Error(CharacteristicColumns[c], "the value is longer than 60 characters");
            values[c] = v.Length == 0 ? null : v;
        }
        if (errors.Count > before) return null;
        return new SurveyAnswer
        {
            Survey = survey, RespondentId = respondent, InterviewDate = date, BoroughId = boroughId, WardId = wardId,
            Weight = weight, Question = question, Answer = answer,
            AgeBand = values[0], Sex = values[1], Ethnicity = values[2], Religion = values[3], SexualOrientation = values[4], Disability = values[5],
        };
    }
}
