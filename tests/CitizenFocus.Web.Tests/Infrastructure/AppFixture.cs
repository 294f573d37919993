using CitizenFocus.Tests.Infrastructure;
using CitizenFocus.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Web.Tests.Infrastructure;

/// <summary>
/// One running application per database provider, shared by the tests of a collection: migrating
/// and loading the small demo force takes seconds, so it is done once.
/// </summary>
public abstract class AppFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    public DatabaseProvider Provider { get; } = provider;
    public FakeTimeProvider Time { get; } = new(Start);
    public TestDatabase? Database { get; private set; }
    public CitizenFocusApp App { get; private set; } = null!;

    /// <summary>Why the fixture could not start (PostgreSQL not configured), for Skip.If.</summary>
    public string? Unavailable { get; private set; }

    protected virtual bool UseKestrel => false;

    /// <summary>A fixture's own settings or services, on top of the usual test host.</summary>
    protected virtual void Configure(IWebHostBuilder builder) { }

    public async Task InitializeAsync()
    {
        Unavailable = TestDatabase.UnavailableReason(Provider);
        if (Unavailable is not null) return;
        Database = await TestDatabase.CreateAsync(Provider);
        App = new CitizenFocusApp(Provider, Database.ConnectionString, Time, Configure);
        if (UseKestrel)
        {
            App.UseKestrel(0);
            App.StartServer();
        }
        else
        {
            _ = App.Server; // starts the host: migrations and the demo force
        }
    }

    public async Task DisposeAsync()
    {
        if (Database is null) return;
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }

    public T WithDb<T>(Func<CitizenFocusDb, T> read)
    {
        using var scope = App.Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<CitizenFocusDb>());
    }
}

public sealed class SqliteAppFixture() : AppFixture(DatabaseProvider.Sqlite);

public sealed class PostgresAppFixture() : AppFixture(DatabaseProvider.Postgres);

/// <summary>The application on a real port, for the browser.</summary>
public sealed class BrowserAppFixture() : AppFixture(DatabaseProvider.Sqlite)
{
    protected override bool UseKestrel => true;
}

[CollectionDefinition(Name)]
public sealed class SqliteApp : ICollectionFixture<SqliteAppFixture>
{
    public const string Name = "application on SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresApp : ICollectionFixture<PostgresAppFixture>
{
    public const string Name = "application on PostgreSQL";
}
