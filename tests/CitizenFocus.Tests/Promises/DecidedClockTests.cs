using System.Data.Common;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Tests.Promises;

/// <summary>Clocks written already decided from recorded times, and compliance broken down by their dimensions.</summary>
public sealed class DecidedClockTests
{
    private const string Answer = "TEST-999-ANSWER-10S";

    private static ServiceStandard AnswerStandard() => new()
    {
        Id = 80, Code = Answer, Name = "Answer 999 calls within 10 seconds", Target = TimeSpan.FromSeconds(10),
        Calendar = CalendarKind.AroundTheClock, TargetShare = 0.9, Dimensions = "grade,vulnerable",
    };

    /// <summary>Calls a few minutes apart with answer times 0–19 s, grades and flags in turn; about half answered in time.</summary>
    private static IEnumerable<DecidedClock> Calls(DateTime start, int count)
    {
        string[] grades = ["Emergency", "Priority", "Scheduled"];
        for (var i = 0; i < count; i++)
        {
            var received = start.AddMinutes(7 * i);
            var answered = received.AddSeconds(i * 7 % 20);
            var dimensions = new Dictionary<string, string> { ["grade"] = grades[i % 3] };
            if (i % 4 != 0) dimensions["vulnerable"] = i % 2 == 0 ? "yes" : "no"; // every fourth call has no flag recorded
            yield return new DecidedClock(new ClockSubject("Call", $"CAD{i:D5}", 1, 1 + i / 3 % 2, null, null, Dimensions: dimensions), received, answered);
        }
    }

    private static async Task<long> RecordAsync(PromiseTestBed bed, IEnumerable<DecidedClock> clocks)
    {
        using var scope = bed.Services.CreateScope();
        return await bed.Get<Clocks>(scope).RecordDecidedAsync(Answer, clocks);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Decided_clocks_take_their_outcome_from_the_recorded_times(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await bed.AddStandardAsync(AnswerStandard());
        var t = bed.Now.AddHours(-1);
        ClockSubject Call(string id) => new("Call", id, 1, 1, null, null);
        Assert.Equal(4, await RecordAsync(bed,
        [
            new DecidedClock(Call("A"), t, t.AddSeconds(9)),
            new DecidedClock(Call("B"), t, t.AddSeconds(10)),
            new DecidedClock(Call("C"), t, t.AddSeconds(11)),
            new DecidedClock(Call("D"), t, t.AddSeconds(30), ClockOutcome.NotApplicable), // abandoned by the caller
        ]));
        var clocks = await bed.ReadAsync(db => db.Clocks.AsNoTracking().Where(c => c.StandardId == 80).OrderBy(c => c.RecordId).ToListAsync());
        Assert.Equal([ClockOutcome.Met, ClockOutcome.Met, ClockOutcome.Breached, ClockOutcome.NotApplicable], clocks.Select(c => c.Outcome));
        Assert.All(clocks, c => Assert.Equal(ClockStatus.Ended, c.Status));
        Assert.Equal(t.AddSeconds(10), clocks[2].BreachedAt);
        Assert.Equal(0, (await bed.SweepAsync()).ClocksExamined); // nothing left for a sweep

        // An ordinary clock started afterwards takes the next key on either database.
        var next = await bed.StartClockAsync("M-1");
        Assert.True(next > clocks.Max(c => c.Id));

        using var s = bed.Services.CreateScope();
        var month = DateOnly.FromDateTime(t);
        var row = Assert.Single(await bed.Get<ComplianceQueries>(s).ByUnitAsync(Answer, OrgLevel.Force, month, month));
        Assert.Equal((3, 2), (row.Decided, row.Met)); // the abandoned call is not a case
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Compliance_by_a_dimension_equals_an_independent_sql_count_of_the_same_clocks(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await bed.AddStandardAsync(AnswerStandard());
        var start = new DateTime(2026, 10, 20, 0, 0, 0, DateTimeKind.Utc); // runs into November
        Assert.Equal(6000, await RecordAsync(bed, Calls(start, 6000)));

        var november = new DateOnly(2026, 11, 1);
        IReadOnlyList<ComplianceRow> rows;
        using (var s = bed.Services.CreateScope())
            rows = await bed.Get<ComplianceQueries>(s).ByUnitAsync(Answer, OrgLevel.Ward, november, november, dimension: "vulnerable");

        var (from, to) = ComplianceQueries.MonthBounds(november);
        var expected = await bed.ReadAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT w."Code", COALESCE(c."Dimension2", 'Not recorded'), COUNT(*), SUM(CASE WHEN c."Outcome" = 0 THEN 1 ELSE 0 END)
                FROM "Clocks" c JOIN "Wards" w ON w."Id" = c."WardId"
                WHERE c."StandardId" = 80 AND c."StartedAt" >= @from AND c."StartedAt" < @to AND c."Outcome" IN (0, 1)
                GROUP BY w."Code", COALESCE(c."Dimension2", 'Not recorded')
                """;
            Add(command, "@from", from);
            Add(command, "@to", to);
            var result = new Dictionary<(string, string), (int, int)>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                result[(reader.GetString(0), reader.GetString(1))] = (Convert.ToInt32(reader.GetValue(2)), Convert.ToInt32(reader.GetValue(3)));
            return result;
        });

        Assert.Equal(6, expected.Count); // two wards × yes, no, not recorded
        Assert.Equal(expected, rows.ToDictionary(r => (r.UnitCode, r.DimensionValue!), r => (r.Decided, r.Met)));
        Assert.All(rows, r => Assert.Equal("vulnerable", r.Dimension));
        foreach (var r in rows)
        {
            var wilson = ProportionInterval.Wilson(r.Met, r.Decided)!;
            Assert.Equal((wilson.Low, wilson.High), (r.Low!.Value, r.High!.Value));
        }
        Assert.Equal(expected.Values.Sum(v => v.Item1), rows.Sum(r => r.Decided));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_dimension_the_standard_does_not_record_is_refused(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await bed.AddStandardAsync(AnswerStandard());
        await Assert.ThrowsAsync<ArgumentException>(() => RecordAsync(bed,
            [new DecidedClock(new ClockSubject("Call", "X", 1, 1, null, null, Dimensions: new Dictionary<string, string> { ["colour"] = "red" }), bed.Now, bed.Now)]));
        using var s = bed.Services.CreateScope();
        var month = DateOnly.FromDateTime(bed.Now);
        await Assert.ThrowsAsync<ArgumentException>(() => bed.Get<ComplianceQueries>(s).ByUnitAsync(Answer, OrgLevel.Force, month, month, dimension: "colour"));
    }

    private static void Add(DbCommand command, string name, DateTime value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
