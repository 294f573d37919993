using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CitizenFocus.Tests.Identity;

/// <summary>
/// A partner agency's account was stored with scope level 4; the scope level is now the organisation's level,
/// and a partner's account has none. The two migrations (nullable column, then the values) move it both ways,
/// on SQLite too, which rebuilds the table after a migration's own SQL.
/// </summary>
public sealed class ScopeLevelMigrationTests
{
    private const string Migration = "ScopeLevelIsOrgLevel";

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_partner_account_has_no_level_after_the_migration_and_level_4_before_it(DatabaseProvider provider)
    {
        await using var database = await Databases.CreateAsync(provider);
        await using (var db = database.CreateDb())
        {
            db.Users.AddRange(
                new StaffUser { UserName = "council", Email = "council@example.org", DisplayName = "Council", ScopeLevel = null, ScopeUnitId = 7 },
                new StaffUser { UserName = "commander", Email = "commander@example.org", DisplayName = "Commander", ScopeLevel = OrgLevel.Borough, ScopeUnitId = 1 });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateDb())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_" + Migration, StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
            Assert.Equal(new List<(string, int?)> { ("commander", 2), ("council", 4) }, await StoredLevelsAsync(db));

            await db.GetService<IMigrator>().MigrateAsync();
            Assert.Equal(new List<(string, int?)> { ("commander", 2), ("council", null) }, await StoredLevelsAsync(db));
        }
        await using var check = database.CreateDb();
        var council = await check.Users.AsNoTracking().SingleAsync(u => u.UserName == "council");
        Assert.Equal(((OrgLevel?)null, (int?)7), (council.ScopeLevel, council.ScopeUnitId));
    }

    /// <summary>The stored values, read past the model (which no longer knows level 4).</summary>
    private static async Task<List<(string, int?)>> StoredLevelsAsync(CitizenFocusDb db)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"UserName\", \"ScopeLevel\" FROM \"AspNetUsers\" ORDER BY \"UserName\"";
        var rows = new List<(string, int?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
        return rows;
    }
}
