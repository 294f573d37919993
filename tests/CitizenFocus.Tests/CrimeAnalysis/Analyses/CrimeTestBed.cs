using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Tests.CrimeAnalysis.Analyses;

/// <summary>
/// A migrated database with the seed organisation (area NE, borough 1 E09000002 with wards 1 and 2) plus a
/// second area CE and boroughs 2–7 (2–4 in NE, 5–7 in CE), each with one ward (id = borough + 1), the core
/// services, and a fake clock at <see cref="TestClock.Start"/> (Wednesday 25 November 2026, 12:00 GMT).
/// Crimes are made by <see cref="Crime"/> with their groups classified, and stored by <see cref="AddAsync"/>.
/// </summary>
public sealed class CrimeTestBed : IAsyncDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    private long nextId;

    private CrimeTestBed(TestDatabase database, ServiceProvider services, FakeTimeProvider time)
    {
        Database = database;
        Services = services;
        Time = time;
    }

    public TestDatabase Database { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Time { get; }

    public static string BoroughCode(int borough) => borough == 1 ? OrganisationSeed.BoroughCode : $"E0900010{borough}";

    public static string WardCode(int ward) => ward switch { 1 => OrganisationSeed.WestWardCode, 2 => OrganisationSeed.EastWardCode, _ => $"E0510000{ward}" };

    public static async Task<CrimeTestBed> CreateAsync(DatabaseProvider provider)
    {
        var database = await Databases.CreateAsync(provider);
        var time = TestClock.Create();
        await using (var db = database.CreateDb())
        {
            await OrganisationSeed.AddAsync(db);
            db.Areas.Add(new Area { Id = 2, ForceId = 1, Code = "CE", Name = "Central" });
            for (var b = 2; b <= 7; b++)
            {
                db.Boroughs.Add(new Borough { Id = b, AreaId = b <= 4 ? 1 : 2, Code = BoroughCode(b), Name = $"Borough {b}" });
                db.Wards.Add(new Ward { Id = b + 1, BoroughId = b, Code = WardCode(b + 1), Name = $"Ward {b + 1}", Population = 10_000 });
            }
            await db.SaveChangesAsync();
        }
        return new CrimeTestBed(database, TestServices.Create(database, time), time);
    }

    public static DateTime Utc(int year, int month, int day, int hour = 12, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    /// <summary>A crime in borough 1, ward 1 unless told otherwise, its groups classified by the default rules.</summary>
    public Crime Crime(string type, DateTime committedUtc, int borough = 1, int? ward = null, Weapon weapon = Weapon.None,
        bool hate = false, bool juvenile = false, bool business = false, string? victim = null, string? offender = null,
        string? street = null, string? location = null, double? latitude = null, double? longitude = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var crime = new Crime
        {
            Id = id, Reference = $"T{id:D8}", CrimeType = type, CommittedAt = committedUtc, ReportedAt = committedUtc.AddHours(1),
            BoroughId = borough, WardId = ward ?? (borough == 1 ? 1 : borough + 1), Street = street, LocationKey = CrimeLocation.Key(location),
            Latitude = latitude, Longitude = longitude, VictimRef = victim, OffenderRef = offender,
            HateCrime = hate, JuvenileVictim = juvenile, Weapon = weapon, Business = business,
        };
        crime.Groups = CrimeGroupMap.Default.Classify(crime);
        return crime;
    }

    public async Task AddAsync(IEnumerable<Crime> crimes)
    {
        await using var db = Database.CreateDb();
        await BulkInserter.InsertAsync(db, crimes);
    }

    /// <summary>Runs one analysis in its own scope, as a request or a command would.</summary>
    public async Task<TResult> RunAsync<TAnalysis, TResult>(Func<TAnalysis, Task<TResult>> run) where TAnalysis : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TAnalysis>());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
