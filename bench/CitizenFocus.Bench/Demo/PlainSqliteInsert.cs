using CitizenFocus.Calls;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Demo;
using CitizenFocus.Statistics;
using Microsoft.Data.Sqlite;

namespace CitizenFocus.Bench.Demo;

/// <summary>
/// The reference for demo-met: the same generated activity rows written with hand-written INSERT
/// statements, each prepared once, in transactions of 50,000 rows, with no EF metadata in the way.
/// It sets the floor for what SQLite on this machine can take from this generator.
/// </summary>
internal static class PlainSqliteInsert
{
    private const int Batch = 50_000;

    /// <summary>The product's progress stages that this reference also writes.</summary>
    public static readonly string[] Stages = ["calls", "crimes", "survey answers"];

    public sealed record Counts(long Calls, long Crimes, long SurveyAnswers)
    {
        public long Total => Calls + Crimes + SurveyAnswers;
    }

    public static Counts Run(string connectionString, DemoActivity activity, SqliteCacheSize? cache, IProgress<DemoProgress> progress, CancellationToken ct)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        cache?.Apply(connection);

        var calls = Insert(connection, "calls", progress, ct, activity.Calls(),
            """
            INSERT INTO "Calls" ("Id", "Reference", "Kind", "ReceivedAt", "AnswerSeconds", "BoroughId", "WardId",
                "CallerName", "CallerPhone", "Location", "Category", "AttendedAt")
            VALUES ($id, $reference, $kind, $receivedAt, $answerSeconds, $boroughId, $wardId,
                $callerName, $callerPhone, $location, $category, $attendedAt)
            """,
            (p, c) =>
            {
                p[0].Value = c.Id;
                p[1].Value = c.Reference;
                p[2].Value = (int)c.Kind;
                p[3].Value = c.ReceivedAt;
                p[4].Value = c.AnswerSeconds;
                p[5].Value = c.BoroughId;
                p[6].Value = Db(c.WardId);
                p[7].Value = c.CallerName;
                p[8].Value = Db(c.CallerPhone);
                p[9].Value = Db(c.Location);
                p[10].Value = c.Category;
                p[11].Value = Db(c.AttendedAt);
            });

        var crimes = Insert(connection, "crimes", progress, ct, activity.Crimes(),
            """
            INSERT INTO "Crimes" ("Id", "Reference", "CrimeType", "CommittedAt", "ReportedAt", "BoroughId", "WardId",
                "Street", "Latitude", "Longitude", "VictimRef", "OffenderRef", "LocationKey", "HateCrime", "Domestic",
                "JuvenileVictim", "Weapon", "Business", "Groups")
            VALUES ($id, $reference, $crimeType, $committedAt, $reportedAt, $boroughId, $wardId,
                $street, $latitude, $longitude, $victimRef, $offenderRef, $locationKey, $hateCrime, $domestic,
                $juvenileVictim, $weapon, $business, $groups)
            """,
            (p, c) =>
            {
                p[0].Value = c.Id;
                p[1].Value = c.Reference;
                p[2].Value = c.CrimeType;
                p[3].Value = c.CommittedAt;
                p[4].Value = c.ReportedAt;
                p[5].Value = c.BoroughId;
                p[6].Value = Db(c.WardId);
                p[7].Value = Db(c.Street);
                p[8].Value = Db(c.Latitude);
                p[9].Value = Db(c.Longitude);
                p[10].Value = Db(c.VictimRef);
                p[11].Value = Db(c.OffenderRef);
                p[12].Value = Db(c.LocationKey);
                p[13].Value = c.HateCrime;
                p[14].Value = c.Domestic;
                p[15].Value = c.JuvenileVictim;
                p[16].Value = (int)c.Weapon;
                p[17].Value = c.Business;
                p[18].Value = c.Groups;
            });

        var answers = Insert(connection, "survey answers", progress, ct, activity.SurveyAnswers(),
            """
            INSERT INTO "SurveyAnswers" ("Id", "Survey", "RespondentId", "InterviewDate", "BoroughId", "WardId", "Weight",
                "Question", "Answer", "AgeBand", "Sex", "Ethnicity", "Religion", "SexualOrientation", "Disability")
            VALUES ($id, $survey, $respondentId, $interviewDate, $boroughId, $wardId, $weight,
                $question, $answer, $ageBand, $sex, $ethnicity, $religion, $sexualOrientation, $disability)
            """,
            (p, a) =>
            {
                p[0].Value = a.Id;
                p[1].Value = (int)a.Survey;
                p[2].Value = a.RespondentId;
                p[3].Value = a.InterviewDate;
                p[4].Value = a.BoroughId;
                p[5].Value = Db(a.WardId);
                p[6].Value = a.Weight;
                p[7].Value = a.Question;
                p[8].Value = a.Answer;
                p[9].Value = Db(a.AgeBand);
                p[10].Value = Db(a.Sex);
                p[11].Value = Db(a.Ethnicity);
                p[12].Value = Db(a.Religion);
                p[13].Value = Db(a.SexualOrientation);
                p[14].Value = Db(a.Disability);
            });

        return new Counts(calls, crimes, answers);
    }

    private static object Db<T>(T? value) where T : struct => value.HasValue ? value.Value : DBNull.Value;

    private static object Db(string? value) => value is null ? DBNull.Value : value;

    private static long Insert<T>(SqliteConnection connection, string stage, IProgress<DemoProgress> progress, CancellationToken ct,
        IEnumerable<T> rows, string sql, Action<SqliteParameter[], T> bind)
    {
        progress.Report(new DemoProgress(stage, 0));
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameters = ParameterNames(sql).Select(name => command.Parameters.Add(new SqliteParameter(name, null))).ToArray();

        var transaction = connection.BeginTransaction();
        command.Transaction = transaction;
        command.Prepare();
        long count = 0;
        try
        {
            foreach (var row in rows)
            {
                bind(parameters, row);
                command.ExecuteNonQuery();
                if (++count % Batch == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    transaction.Commit();
                    transaction.Dispose();
                    transaction = connection.BeginTransaction();
                    command.Transaction = transaction;
                    progress.Report(new DemoProgress(stage, count));
                }
            }
            transaction.Commit();
            progress.Report(new DemoProgress(stage, count));
        }
        finally
        {
            transaction.Dispose();
        }
        return count;
    }

    /// <summary>The $names in the VALUES list, in order.</summary>
    private static IEnumerable<string> ParameterNames(string sql) =>
        System.Text.RegularExpressions.Regex.Matches(sql, @"\$\w+").Select(m => m.Value);
}
