using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace CitizenFocus.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model for PostgreSQL without a server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CitizenFocusDb>
{
    public CitizenFocusDb CreateDbContext(string[] args) =>
        new(DatabaseSetup.Options(DatabaseProvider.Postgres, "Host=localhost;Database=citizenfocus_design"));
}
