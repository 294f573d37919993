using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Data;
using CitizenFocus.Promises;
using CitizenFocus.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Tests.Infrastructure;

/// <summary>
/// The bulk path must store exactly what EF (through Microsoft.Data.Sqlite's parameters) stores: the
/// same rows are written both ways and every column compared as SQLite holds it (type and text).
/// </summary>
public sealed class BulkInserterTests
{
    private static readonly DateTime Utc = new(2026, 3, 14, 15, 9, 26, 535, DateTimeKind.Utc);

    [Fact]
    public async Task Typed_sqlite_binding_stores_what_ef_stores()
    {
        // The same rows, through EF into one database and through the bulk path into another.
        await using var viaEf = await Databases.CreateAsync(DatabaseProvider.Sqlite);
        await using var viaBulk = await Databases.CreateAsync(DatabaseProvider.Sqlite);
        foreach (var database in new[] { viaEf, viaBulk })
            await using (var db = database.CreateDb()) await OrganisationSeed.AddAsync(db);

        await StoredBothWaysAsync(viaEf, viaBulk, i => new Crime
        {
            Id = i + 1, Reference = $"CR{i} café ☃ 😀", CrimeType = "Robbery", CommittedAt = Utc.AddTicks(i * 1_234_567),
            ReportedAt = new DateTime(2026, 1, 1 + i, 0, 0, 0, DateTimeKind.Unspecified), BoroughId = 1, WardId = i % 2 == 0 ? 1 : null,
            Street = i % 2 == 0 ? null : "", Latitude = i switch { 0 => 51.123456, 1 => -1e-300, _ => null }, Longitude = 0.1 + 0.2,
            HateCrime = i % 2 == 0, Domestic = i % 2 == 1, Weapon = (Weapon)(i % 3), Groups = int.MaxValue - i,
        });
        await StoredBothWaysAsync(viaEf, viaBulk, i => new SurveyAnswer
        {
            Id = i + 1, Survey = (SurveyKind)(i % 2), RespondentId = $"R{i}", InterviewDate = new DateOnly(2025 + i, 1 + i, 9 + i), BoroughId = 1,
            WardId = i == 0 ? null : 2, Weight = i == 0 ? 1.0 / 3 : 1.7976931348623157E308, Question = "q", Answer = i == 1 ? "Strongly agree" : "Don't know",
            Ethnicity = i == 2 ? null : "Mixed / multiple ethnic groups",
        });
        await StoredBothWaysAsync(viaEf, viaBulk, i => new OpenDataCrime
        {
            Id = i + 1, CrimeId = i == 0 ? null : [.. Enumerable.Range(0, 32).Select(b => (byte)(b * 8 + i))], Month = new DateOnly(2026, 1 + i, 1),
            ReportedById = 1, FallsWithinId = 2 + i, PlaceId = i == 0 ? null : 7, CrimeTypeId = 1 + i, OutcomeTypeId = i == 2 ? 3 : null,
            Context = i == 1 ? "Ölfeld ☃" : null, WardId = i == 1 ? 1 : null, BoroughId = i == 1 ? 1 : null, Groups = i,
        });
        // Clock has TimeSpan columns: with days and fractions, and zero.
        await StoredBothWaysAsync(viaEf, viaBulk, i => new Clock
        {
            Id = i + 1, StandardId = 1, RecordType = "Message", RecordId = $"M{i}", BoroughId = 1, WardId = 1, Status = (ClockStatus)(i % 2),
            StartedAt = Utc, WarnAt = Utc.AddHours(18), DueAt = Utc.AddHours(24),
            RemainingAtPause = i switch { 0 => null, 1 => TimeSpan.FromMinutes(90.5), _ => new TimeSpan(2, 3, 4, 5, 678).Add(TimeSpan.FromTicks(9)) },
            WarningRemainingAtPause = i == 1 ? TimeSpan.Zero : null, Outcome = i == 2 ? ClockOutcome.Breached : null,
        });

        await using var check = viaBulk.CreateDb();
        Assert.Equal([true, true, true, true], [HasBinder<Crime>(check), HasBinder<SurveyAnswer>(check), HasBinder<OpenDataCrime>(check), HasBinder<Clock>(check)]);
    }

    private static bool HasBinder<T>(CitizenFocusDb db) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T))!;
        return SqliteRowBinder<T>.For(entityType, [.. entityType.GetProperties()]) is not null;
    }

    [Fact]
    public async Task Rows_of_a_failed_insert_inside_the_callers_transaction_are_rolled_back_with_it()
    {
        await using var database = await Databases.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.CreateDb()) await OrganisationSeed.AddAsync(db);
        await using (var db = database.CreateDb())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var rows = Enumerable.Range(1, 3).Select(i => Answer(i)).Append(Answer(2)); // the last repeats a key
            await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => BulkInserter.InsertAsync(db, rows));
        }
        await using var check = database.CreateDb();
        Assert.Equal(0, await check.SurveyAnswers.CountAsync());

        static SurveyAnswer Answer(long id) => new()
        {
            Id = id, RespondentId = $"R{id}", InterviewDate = new DateOnly(2026, 1, 1), BoroughId = 1, Weight = 1, Question = "q", Answer = "a",
        };
    }

    private static async Task StoredBothWaysAsync<T>(TestDatabase viaEf, TestDatabase viaBulk, Func<int, T> make) where T : class
    {
        const int rows = 3;
        await using (var db = viaEf.CreateDb())
        {
            db.Set<T>().AddRange(Enumerable.Range(0, rows).Select(make));
            await db.SaveChangesAsync();
        }
        await using (var db = viaBulk.CreateDb())
            Assert.Equal(rows, await BulkInserter.InsertAsync(db, Enumerable.Range(0, rows).Select(make)));

        var expected = await StoredAsync<T>(viaEf);
        Assert.Equal(rows, expected.Count);
        Assert.Equal(expected, await StoredAsync<T>(viaBulk));
    }

    /// <summary>Every row of the entity's table, each column as SQLite holds it: its storage class and its SQL literal.</summary>
    private static async Task<List<string>> StoredAsync<T>(TestDatabase database) where T : class
    {
        await using var db = database.CreateDb();
        var entityType = db.Model.FindEntityType(typeof(T))!;
        var columns = entityType.GetProperties().Select(p => p.GetColumnName());
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(" || '|' || ", columns.Select(c => $"typeof(\"{c}\") || ':' || quote(\"{c}\")"))} " +
            $"FROM \"{entityType.GetTableName()}\" ORDER BY 1";
        var stored = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) stored.Add(reader.GetString(0));
        return stored;
    }
}
