using System.Data.Common;
using CitizenFocus.Contact;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Tests.Promises;

public sealed class ComplianceTests
{
    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task Monthly_compliance_equals_an_independent_sql_count_over_the_same_clocks(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        var scope = new OrgScope(OrgLevel.Force, null, null, null, null);
        // 12 messages three hours apart: a third replied after 2 hours (met), a third replied late with an
        // explanation, a third never answered (breached by the sweep while still open).
        var late = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            using var s = bed.Services.CreateScope();
            var reference = (await bed.Get<LogMessage>(s).HandleAsync(new LogMessageRequest("abbey", MessageChannel.Email, $"Citizen {i}",
                $"c{i}@example.com", null, null, ReplyMethod.Email, "Subject", "Body"), "staff")).Value.Reference;
            if (i % 3 == 0)
            {
                bed.Time.Advance(TimeSpan.FromHours(2));
                Assert.True((await bed.Get<ReplyToMessage>(s).HandleAsync(new ReplyToMessageRequest(reference, ReplyMethod.Email, "Answered", null), scope, "officer")).Succeeded);
                bed.Time.Advance(TimeSpan.FromHours(1));
            }
            else
            {
                if (i % 3 == 1) late.Add(reference);
                bed.Time.Advance(TimeSpan.FromHours(3));
            }
        }
        bed.Time.Advance(TimeSpan.FromHours(30));
        foreach (var reference in late)
        {
            using var s = bed.Services.CreateScope();
            Assert.True((await bed.Get<ReplyToMessage>(s).HandleAsync(
                new ReplyToMessageRequest(reference, ReplyMethod.Email, "Answered", "Sorry for the delay"), scope, "officer")).Succeeded);
        }
        await bed.SweepAsync(); // the four unanswered messages are now breached while still open

        var month = DateOnly.FromDateTime(bed.Now.AddDays(-3));
        IReadOnlyList<ComplianceRow> rows;
        using (var s = bed.Services.CreateScope())
            rows = await bed.Get<ComplianceQueries>(s).ByUnitAsync(StandardCodes.TeamMessage, OrgLevel.Borough, month, month);

        var (from, to) = ComplianceQueries.MonthBounds(month);
        var (decided, met) = await bed.ReadAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT COUNT(*), SUM(CASE WHEN "Outcome" = 0 THEN 1 ELSE 0 END) FROM "Clocks"
                WHERE "StandardId" = 1 AND "BoroughId" = 1 AND "StartedAt" >= @from AND "StartedAt" < @to
                  AND ("Status" = 2 OR "BreachedAt" IS NOT NULL)
                """;
            Add(command, "@from", from);
            Add(command, "@to", to);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return (Convert.ToInt32(reader.GetValue(0)), Convert.ToInt32(reader.GetValue(1)));
        });

        var row = Assert.Single(rows);
        Assert.Equal((12, 4), (decided, met));
        Assert.Equal((decided, met), (row.Decided, row.Met));
        var wilson = ProportionInterval.Wilson(met, decided)!;
        Assert.Equal((wilson.Estimate, wilson.Low, wilson.High), (row.Share!.Value, row.Low!.Value, row.High!.Value));
        // The message standard promises every message: the row reports its eight breaches, not a test against 100%.
        Assert.True(row.EveryCase);
        Assert.Equal(8, row.Breached);
        Assert.False(row.SignificantlyBelowTarget);
    }

    private static void Add(DbCommand command, string name, DateTime value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    [Fact]
    public void Wilson_interval_matches_published_values()
    {
        // Newcombe (1998), Statistics in Medicine 17:857-872, Table I: 81/263 gives 0.2553 to 0.3662 (method 3, Wilson).
        var a = ProportionInterval.Wilson(81, 263)!;
        Assert.Equal(0.2553, a.Low, 4);
        Assert.Equal(0.3662, a.High, 4);
        // Same table: 15/148 gives 0.0624 to 0.1605; 0/20 gives 0 to 0.1611.
        var b = ProportionInterval.Wilson(15, 148)!;
        Assert.Equal(0.0624, b.Low, 4);
        Assert.Equal(0.1605, b.High, 4);
        var c = ProportionInterval.Wilson(0, 20)!;
        Assert.Equal(0.0, c.Low, 4);
        Assert.Equal(0.1611, c.High, 4);
    }
}
