using CitizenFocus.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CitizenFocus.Web.Hosting;

/// <summary>
/// Makes a sign-in to an account that does not exist look like one to an account that does (OWASP ASVS V6: no
/// account discovery): the password is checked against a hash of the same cost, and failures are counted per
/// address typed, so that it "locks" after the same number of attempts, for the same time, with the same words.
/// Counts are held in memory, bounded, for the lockout's length.
/// </summary>
public sealed class UnknownAccountLockout(IOptions<PasswordHasherOptions> hashing, IOptions<IdentityOptions> identity, TimeProvider time)
{
    // Identity's hasher is scoped; this one has the same options, so the same cost, and lives as long as the counts.
    private readonly PasswordHasher<StaffUser> hasher = new(hashing);
    private readonly MemoryCache failures = new(new MemoryCacheOptions { SizeLimit = 100_000, Clock = null });
    private string? dummyHash;

    private string DummyHash() => dummyHash ??=
        hasher.HashPassword(new StaffUser { DisplayName = "" }, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));

    private sealed class Count
    {
        public int Failures;
        public DateTimeOffset? LockedUntil;
    }

    /// <summary>True when the address typed is "locked" now: then, as for a real locked account, no password is checked.</summary>
    public bool IsLockedOut(string email) =>
        failures.TryGetValue(Key(email), out Count? count) && count!.LockedUntil is { } until && until > time.GetUtcNow();

    /// <summary>Checks the password against the dummy hash (same work as a real check) and counts the failure; true when it now locks.</summary>
    public bool Fail(string email, string password)
    {
        hasher.VerifyHashedPassword(new StaffUser { DisplayName = "" }, DummyHash(), password);
        var lockout = identity.Value.Lockout;
        var key = Key(email);
        lock (failures)
        {
            var count = failures.GetOrCreate(key, entry =>
            {
                entry.Size = 1;
                entry.SlidingExpiration = lockout.DefaultLockoutTimeSpan;
                return new Count();
            })!;
            if (++count.Failures < lockout.MaxFailedAccessAttempts) return false;
            count.Failures = 0;
            count.LockedUntil = time.GetUtcNow() + lockout.DefaultLockoutTimeSpan;
            return true;
        }
    }

    private static string Key(string email) => email.Trim().ToUpperInvariant();
}
