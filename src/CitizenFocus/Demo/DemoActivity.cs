using System.Globalization;
using CitizenFocus.Calls;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics;

namespace CitizenFocus.Demo;

/// <summary>
/// Streams two years of calls, crimes and survey answers for a demo organisation. Records are
/// yielded one at a time so that Met-scale volumes never sit in memory.
/// </summary>
internal sealed class DemoActivity(DemoOrganisation org, int seed, DateTime now)
{
    public const int Days = 730;

    /// <summary>Interviews per borough per year in each survey: 19,200 across the Met's 32 boroughs.</summary>
    public const int InterviewsPerBoroughYear = 600;

    private readonly DateTime start = now.AddDays(-Days);

    private static readonly double[] HourWeights =
        [2.0, 1.6, 1.3, 1.0, 0.8, 0.8, 1.1, 1.8, 2.6, 3.2, 3.6, 3.9, 4.2, 4.3, 4.4, 4.6, 5.0, 5.4, 5.6, 5.4, 5.0, 4.4, 3.6, 2.8];

    internal static readonly double[] HourCumulative = DemoRandom.Cumulative(HourWeights);

    private static readonly string[] CallCategories =
    [
        "Anti-social behaviour", "Burglary", "Assault", "Suspicious activity", "Road traffic collision", "Theft",
        "Domestic incident", "Concern for welfare", "Noise", "Criminal damage", "Missing person", "Traffic",
    ];

    public static readonly string[] PasQuestions = ["good_job", "issues_that_matter", "treat_with_respect", "heard_of_snt"];
    public static readonly string[] UssStages = ["ease_of_contact", "actions", "treatment", "follow_up", "whole_experience"];

    private static readonly string[] RatingPositive = ["Excellent", "Good"];
    private static readonly string[] RatingNegative = ["Fair", "Poor", "Very poor"];
    private static readonly string[] AgreePositive = ["Strongly agree", "Tend to agree"];
    private static readonly string[] AgreeNegative = ["Neither agree nor disagree", "Tend to disagree", "Strongly disagree"];
    private static readonly string[] SatisfiedPositive = ["Completely satisfied", "Very satisfied", "Fairly satisfied"];
    private static readonly string[] SatisfiedNegative =
        ["Neither satisfied nor dissatisfied", "Fairly dissatisfied", "Very dissatisfied", "Completely dissatisfied"];

    public IEnumerable<Call> Calls()
    {
        var rng = new DemoRandom(seed, 2);
        long id = 0;
        foreach (var ward in org.Wards)
        {
            var profile = org.Profiles[ward.BoroughId];
            var count = (int)(ward.Population * profile.CallsPerResidentYear * Days / 365.0);
            for (var i = 0; i < count; i++)
            {
                var received = RandomTime(rng);
                var emergency = rng.Chance(0.39);
                var answer = emergency
                    ? (rng.Chance(profile.EmergencyAnsweredIn10s) ? rng.Next(1, 11) : 11 + (int)rng.Exponential(12))
                    : 1 + (int)rng.Exponential(45);
                DateTime? attended = emergency && rng.Chance(0.8)
                    ? received.AddMinutes(Math.Max(2, rng.Normal(profile.AttendanceMeanMinutes * (ward.Setting == WardSetting.Rural ? 1.3 : 1), 5)))
                    : null;
                if (attended > now) attended = null;
                id++;
                yield return new Call
                {
                    Id = id,
                    Reference = "CAD" + id.ToString("D8", CultureInfo.InvariantCulture),
                    Kind = emergency ? CallKind.Emergency : CallKind.NonEmergency,
                    ReceivedAt = received,
                    AnswerSeconds = answer,
                    BoroughId = ward.BoroughId,
                    WardId = ward.Id,
                    CallerName = $"{rng.Pick(DemoNames.Given)} {rng.Pick(DemoNames.Family)}",
                    CallerPhone = "07700 900" + rng.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture),
                    Location = $"{rng.Next(1, 250)} {rng.Pick(DemoNames.StreetFirst)} {rng.Pick(DemoNames.StreetSecond)}",
                    Category = rng.Pick(CallCategories),
                    AttendedAt = attended,
                };
            }
        }
    }

    /// <summary>Crimes with their flags, groups and places, and the patterns the analyses should find (<see cref="DemoCrimes"/>).</summary>
    public IEnumerable<Crime> Crimes() => new DemoCrimes(org, seed, now).Generate();

    public IEnumerable<SurveyAnswer> SurveyAnswers()
    {
        var rng = new DemoRandom(seed, 4);
        long id = 0;
        foreach (var borough in org.Boroughs)
        {
            var profile = org.Profiles[borough.Id];
            var wards = org.Wards.Where(w => w.BoroughId == borough.Id).ToList();
            var wardCumulative = DemoRandom.Cumulative(wards.Select(w => (double)w.Population).ToArray());
            for (var year = 0; year < 2; year++)
            {
                foreach (var survey in new[] { SurveyKind.Pas, SurveyKind.Uss })
                {
                    for (var r = 0; r < InterviewsPerBoroughYear; r++)
                    {
                        var ward = wards[rng.PickWeighted(wardCumulative)];
                        var date = DateOnly.FromDateTime(start.AddDays(year * 365 + rng.Next(0, 365)));
                        var respondent = new Respondent(rng, ward);
                        var respondentId = $"{(survey == SurveyKind.Pas ? "PAS" : "USS")}-{borough.Code}-{year}-{r:D4}";
                        var weight = Math.Round(rng.Uniform(0.6, 1.6), 3);
                        // A shared mood makes a respondent's answers agree with each other, as real ones do.
                        var mood = rng.Chance(0.4) ? 0.10 : -0.0667;
                        var minority = respondent.Ethnicity is not null and not "White";
                        var questions = survey == SurveyKind.Pas ? PasQuestions : UssStages;
                        foreach (var question in questions)
                        {
                            var p = survey == SurveyKind.Pas
                                ? question switch
                                {
                                    "good_job" => profile.Confidence + 0.05,
                                    "issues_that_matter" => profile.Confidence,
                                    "treat_with_respect" => profile.Respect,
                                    _ => profile.HeardOfTeam,
                                }
                                : profile.VictimSatisfaction + profile.SatisfactionChangeYearOnYear * year
                                    + (minority ? -0.05 : 0.0)
                                    + question switch
                                    {
                                        "ease_of_contact" => 0.10, "treatment" => 0.08, "actions" => -0.02, "follow_up" => -0.10, _ => 0.0,
                                    };
                            if (question != "heard_of_snt") p += mood;
                            var positive = rng.Chance(Math.Clamp(p, 0.01, 0.99));
                            yield return new SurveyAnswer
                            {
                                Id = ++id, Survey = survey, RespondentId = respondentId, InterviewDate = date,
                                BoroughId = borough.Id, WardId = ward.Id, Weight = weight, Question = question,
                                Answer = AnswerText(survey, question, positive, rng),
                                AgeBand = respondent.AgeBand, Sex = respondent.Sex, Ethnicity = respondent.Ethnicity,
                                Religion = respondent.Religion, SexualOrientation = respondent.SexualOrientation,
                                Disability = respondent.Disability,
                            };
                        }
                    }
                }
            }
        }
    }

    private static string AnswerText(SurveyKind survey, string question, bool positive, DemoRandom rng) =>
        survey == SurveyKind.Uss ? rng.Pick(positive ? SatisfiedPositive : SatisfiedNegative)
        : question switch
        {
            "good_job" => rng.Pick(positive ? RatingPositive : RatingNegative),
            "heard_of_snt" => positive ? "Yes" : "No",
            _ => rng.Pick(positive ? AgreePositive : AgreeNegative),
        };

    private DateTime RandomTime(DemoRandom rng) => RandomTime(rng, start, now);

    /// <summary>A time in the demo's two years, on a day drawn evenly and at an hour drawn by the hourly weights.</summary>
    internal static DateTime RandomTime(DemoRandom rng, DateTime start, DateTime now)
    {
        var day = start.Date.AddDays(rng.Next(0, Days + 1));
        var t = day.AddHours(rng.PickWeighted(HourCumulative)).AddSeconds(rng.Next(0, 3600));
        return t < start ? start : t > now ? now.AddMinutes(-rng.Next(1, 600)) : t;
    }

    internal static (double Lon, double Lat, double DLon, double DLat) Cell(Ward ward)
    {
        var geometry = new NetTopologySuite.IO.WKTReader().Read(ward.BoundaryWkt!);
        var env = geometry.EnvelopeInternal;
        return (env.MinX, env.MinY, env.Width, env.Height);
    }

    /// <summary>Characteristics drawn from the ward's census profile; any may be withheld.</summary>
    private sealed class Respondent
    {
        public Respondent(DemoRandom rng, Ward ward)
        {
            AgeBand = Draw(rng, ward, CensusDimensions.AgeBand, skip: "0-15");
            Sex = Draw(rng, ward, CensusDimensions.Sex);
            Ethnicity = Draw(rng, ward, CensusDimensions.Ethnicity);
            Religion = Draw(rng, ward, CensusDimensions.Religion);
            Disability = Draw(rng, ward, CensusDimensions.Disability) is { } d ? (d == "Disabled" ? "Yes" : "No") : null;
            SexualOrientation = rng.Chance(0.05) ? null
                : rng.PickWeighted(OrientationCumulative) switch { 0 => "Heterosexual", 1 => "Gay or lesbian", 2 => "Bisexual", _ => "Other" };
        }

        private static readonly double[] OrientationCumulative = DemoRandom.Cumulative([0.92, 0.03, 0.03, 0.02]);

        public string? AgeBand { get; }
        public string? Sex { get; }
        public string? Ethnicity { get; }
        public string? Religion { get; }
        public string? SexualOrientation { get; }
        public string? Disability { get; }

        private static string? Draw(DemoRandom rng, Ward ward, string dimension, string? skip = null)
        {
            if (rng.Chance(0.04)) return null; // never mandatory: some respondents decline
            var shares = ward.Census.Where(c => c.Dimension == dimension && c.Category != skip).ToList();
            var x = rng.NextDouble() * shares.Sum(s => s.Share);
            foreach (var s in shares)
                if ((x -= s.Share) < 0) return s.Category;
            return shares[^1].Category;
        }
    }
}
