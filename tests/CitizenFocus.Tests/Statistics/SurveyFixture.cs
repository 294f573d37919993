using System.Globalization;
using System.Text;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Tests.Infrastructure;

namespace CitizenFocus.Tests.Statistics;

/// <summary>One respondent's row in a respondent-level survey file.</summary>
public sealed record SurveyRow(string Survey, string Respondent, string Date, string Borough, string Ward, double Weight,
    string Question, string Answer, string? Ethnicity = null);

/// <summary>
/// Three boroughs (the seed's Barking and Dagenham with wards Abbey and Alibon, plus Bexley and
/// Havering with one ward each) and survey files written the way a survey contractor delivers them.
/// </summary>
public static class SurveyFixture
{
    public const string Bexley = "E09000004";
    public const string Havering = "E09000016";
    public const string BexleyWard = "E05000069";
    public const string HaveringWard = "E05000307";

    public static async Task AddOrganisationAsync(CitizenFocusDb db)
    {
        await OrganisationSeed.AddAsync(db);
        db.Boroughs.Add(new Borough { Id = 2, AreaId = 1, Code = Bexley, Name = "Bexley" });
        db.Boroughs.Add(new Borough { Id = 3, AreaId = 1, Code = Havering, Name = "Havering" });
        db.Wards.Add(new Ward { Id = 3, BoroughId = 2, Code = BexleyWard, Name = "Belvedere", Population = 11_000 });
        db.Wards.Add(new Ward { Id = 4, BoroughId = 3, Code = HaveringWard, Name = "Brooklands", Population = 13_000 });
        db.PeerForces.Add(new PeerForce { Id = 1, Code = "MPS", Name = "Metropolitan Police Service", IsHomeForce = true });
        db.PeerForces.Add(new PeerForce { Id = 2, Code = "WYP", Name = "West Yorkshire Police" });
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// PAS answers to "issues_that_matter" for <paramref name="count"/> respondents of a borough,
    /// a share <paramref name="positive"/> agreeing, with weights drawn from 0.5–2.0 (seeded).
    /// </summary>
    public static IEnumerable<SurveyRow> Pas(string borough, string ward, int count, double positive, int seed, string prefix,
        string month = "2026-06")
    {
        var rng = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var agree = rng.NextDouble() < positive;
            var answer = agree ? (rng.NextDouble() < 0.5 ? "Strongly agree" : "Tend to agree")
                : rng.NextDouble() < 0.1 ? "Don't know" : "Tend to disagree";
            var weight = Math.Round(0.5 + 1.5 * rng.NextDouble(), 3);
            var day = 1 + rng.Next(28);
            yield return new SurveyRow("PAS", $"{prefix}-{i:D4}", $"{month}-{day:D2}", borough, ward, weight, "issues_that_matter", answer,
                rng.NextDouble() < 0.3 ? "Asian or Asian British" : "White");
        }
    }

    public static string Csv(IEnumerable<SurveyRow> rows, bool withEthnicity = true)
    {
        var text = new StringBuilder("survey,respondent_id,interview_date,borough_code,ward_code,weight,question,answer");
        text.Append(withEthnicity ? ",ethnicity\n" : "\n");
        foreach (var r in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r.Survey},{r.Respondent},{r.Date},{r.Borough},{r.Ward},{r.Weight},{r.Question},{r.Answer}");
            text.Append(withEthnicity ? $",{r.Ethnicity}\n" : "\n");
        }
        return text.ToString();
    }

    public static string WriteTemp(string content, string extension = ".csv")
    {
        var path = Path.Combine(Path.GetTempPath(), $"cf-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }
}
