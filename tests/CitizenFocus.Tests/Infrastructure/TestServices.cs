using CitizenFocus.Audit;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Tests.Infrastructure;

/// <summary>The core services over a test database, wired as a host would wire them.</summary>
public static class TestServices
{
    public static ServiceProvider Create(TestDatabase database, TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddCitizenFocusDb(database.Provider, database.ConnectionString);
        services.AddCitizenFocusCore();
        services.AddCitizenFocusIdentityCore();
        services.Configure<AuditKeyOptions>(o => o.Key = TestAuditKey.Value);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
