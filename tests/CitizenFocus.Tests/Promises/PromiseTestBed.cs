using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Tests.Promises;

/// <summary>
/// A migrated database with the seed organisation, one ward team (sergeant, PC, PCSO) and its
/// inspector, the core services wired as hosts wire them, and a fake clock.
/// </summary>
public sealed class PromiseTestBed : IAsyncDisposable
{
    public const int TeamId = 10;
    public const int SergeantId = 100;
    public const int ConstableId = 101;
    public const int PcsoId = 102;
    public const int InspectorId = 200;

    private PromiseTestBed(TestDatabase database, ServiceProvider services, FakeTimeProvider time)
    {
        Database = database;
        Services = services;
        Time = time;
    }

    public TestDatabase Database { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Time { get; }
    public DateTime Now => Time.GetUtcNow().UtcDateTime;

    public static async Task<PromiseTestBed> CreateAsync(DatabaseProvider provider)
    {
        var database = await Databases.CreateAsync(provider);
        var time = TestClock.Create();
        var services = Host(database, time);
        await using (var db = database.CreateDb())
        {
            await OrganisationSeed.AddAsync(db);
            db.Teams.Add(new NeighbourhoodTeam
            {
                Id = 20, BoroughId = 1, Kind = TeamKind.NeighbourhoodManagement, Name = "Inspectors", Slug = "inspectors",
            });
            db.Teams.Add(new NeighbourhoodTeam
            {
                Id = TeamId, BoroughId = 1, WardId = 1, Kind = TeamKind.WardTeam, Name = "Abbey Safer Neighbourhood Team",
                Slug = "abbey", InspectorMemberId = InspectorId, ContactOfficerMemberId = ConstableId,
            });
            db.TeamMembers.AddRange(
                Member(SergeantId, TeamId, StaffRole.Sergeant, "Sam", "Sergeant"),
                Member(ConstableId, TeamId, StaffRole.Constable, "Pat", "Constable"),
                Member(PcsoId, TeamId, StaffRole.Pcso, "Chris", "Pcso"),
                Member(InspectorId, 20, StaffRole.Inspector, "Ira", "Inspector"));
            await db.SaveChangesAsync();
        }
        return new PromiseTestBed(database, services, time);
    }

    private static ServiceProvider Host(TestDatabase database, FakeTimeProvider time) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddCitizenFocusDb(database.Provider, database.ConnectionString)
            .AddCitizenFocusCore()
            .Configure<CitizenFocus.Audit.AuditKeyOptions>(o => o.Key = TestAuditKey.Value)
            .BuildServiceProvider();

    /// <summary>
    /// A second host on the same database and clock, as after a restart or beside another node; the
    /// caller disposes it.
    /// </summary>
    public ServiceProvider NewHost() => Host(Database, Time);

    public async Task AddStandardAsync(ServiceStandard standard)
    {
        await using var db = Database.CreateDb();
        db.ServiceStandards.Add(standard);
        await db.SaveChangesAsync();
    }

    private static TeamMember Member(int id, int team, StaffRole role, string given, string family)
    {
        var m = new TeamMember
        {
            Id = id, TeamId = team, Role = role, StaffNumber = $"S{id}", GivenName = given, FamilyName = family,
            Email = $"{given}.{family}@police.example".ToLowerInvariant(),
        };
        m.RefreshSearchName();
        return m;
    }

    public T Get<T>(IServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Starts a message clock for a record and returns its id.</summary>
    public async Task<long> StartClockAsync(string recordId, DateTime? at = null)
    {
        using var scope = Services.CreateScope();
        var clock = await Get<Clocks>(scope).StartAsync(StandardCodes.TeamMessage,
            new ClockSubject("Message", recordId, 1, 1, TeamId, ConstableId, $"Message {recordId}"), "test", at);
        return clock.Id;
    }

    public async Task<SweepResult> SweepAsync(Func<long, Task>? afterClock = null)
    {
        using var scope = Services.CreateScope();
        return await Get<SweepClocks>(scope).RunAsync(afterClock);
    }

    public async Task<T> ReadAsync<T>(Func<CitizenFocusDb, Task<T>> read)
    {
        await using var db = Database.CreateDb();
        return await read(db);
    }

    public Task<Clock> ClockAsync(long id) => ReadAsync(db => db.Clocks.AsNoTracking().SingleAsync(c => c.Id == id));

    public Task<int> EventsAsync(long id, ClockEventKind kind) =>
        ReadAsync(db => db.ClockEvents.CountAsync(e => e.ClockId == id && e.Kind == kind));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
