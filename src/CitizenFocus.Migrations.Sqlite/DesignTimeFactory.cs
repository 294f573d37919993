using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace CitizenFocus.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for SQLite without the web host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CitizenFocusDb>
{
    public CitizenFocusDb CreateDbContext(string[] args) =>
        new(DatabaseSetup.Options(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
