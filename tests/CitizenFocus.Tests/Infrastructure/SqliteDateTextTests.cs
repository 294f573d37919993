using System.Globalization;
using CitizenFocus.Data;
using Microsoft.Data.Sqlite;

namespace CitizenFocus.Tests.Infrastructure;

/// <summary>
/// The scheduler reads due series' dates with <see cref="SqliteDateText"/> instead of Microsoft.Data.Sqlite's
/// general parse: it must give the same instant, as UTC, for every text EF stores, and for anything else fall
/// back to the general parse rather than misread it.
/// </summary>
public sealed class SqliteDateTextTests
{
    [Theory]
    [InlineData("2026-11-03 00:05:25")]
    [InlineData("2026-11-03 00:05:25.9")]
    [InlineData("2026-11-03 00:05:25.92")]
    [InlineData("2026-11-03 00:05:25.1234567")]
    [InlineData("2028-02-29 23:59:59.0000001")]
    [InlineData("0001-01-01 00:00:00")]
    [InlineData("9999-12-31 23:59:59.9999999")]
    [InlineData("2026-11-03T00:05:25")]
    [InlineData("2026-11-03")]
    [InlineData("2026-11-03 00:05:25.92Z")]
    public void Gives_the_instant_the_general_parse_gives_as_utc(string text)
    {
        var expected = DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), DateTimeKind.Utc);
        var parsed = SqliteDateText.ParseUtc(text);
        Assert.Equal(expected, parsed);
        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
    }

    [Theory]
    [InlineData("2026-02-30 00:00:00")]
    [InlineData("2026-13-01 00:00:00")]
    [InlineData("2026-11-03 24:00:00")]
    [InlineData("not a date at all")]
    public void A_text_that_is_no_date_is_refused_as_the_general_parse_refuses_it(string text) =>
        Assert.Throws<FormatException>(() => SqliteDateText.ParseUtc(text));

    [Fact]
    public async Task Reads_back_exactly_what_ef_core_stored_for_a_spread_of_instants()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        var random = new Random(7);
        var start = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 2_000; i++)
        {
            var instant = start.AddTicks((long)(random.NextDouble() * TimeSpan.FromDays(365 * 40).Ticks));
            if (i % 3 == 0) instant = new DateTime(instant.Ticks - instant.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT $at";
            command.Parameters.AddWithValue("$at", instant); // bound as EF binds it: the provider's own text
            var text = (string)(await command.ExecuteScalarAsync())!;
            Assert.Equal(instant, SqliteDateText.ParseUtc(text));
        }
    }
}
