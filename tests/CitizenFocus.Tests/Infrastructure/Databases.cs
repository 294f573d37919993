using CitizenFocus.Data;

namespace CitizenFocus.Tests.Infrastructure;

/// <summary>Creates a test database, skipping the test (not failing it) where the provider is not available.</summary>
public static class Databases
{
    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var reason = TestDatabase.UnavailableReason(provider);
        Skip.If(reason is not null, reason);
        return TestDatabase.CreateAsync(provider);
    }
}
