using CitizenFocus.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Web.Tests.Infrastructure;

/// <summary>
/// An application of its own for the bounded-work tests: its clock is moved on past the time budget, and its
/// database can be held (<see cref="HeldQueries"/>), which the shared application's other tests should not see.
/// </summary>
public abstract class HeavyWorkAppFixture(DatabaseProvider provider) : AppFixture(provider)
{
    public HeldQueries Held { get; } = new();

    protected override void Configure(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.ConfigureDbContext<CitizenFocusDb>(o => o.AddInterceptors(Held)));
}

public sealed class HeavyWorkSqliteFixture() : HeavyWorkAppFixture(DatabaseProvider.Sqlite);

public sealed class HeavyWorkPostgresFixture() : HeavyWorkAppFixture(DatabaseProvider.Postgres);
