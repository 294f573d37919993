using System.Security.Cryptography;
using System.Text;

namespace CitizenFocus.Identity;

/// <summary>
/// A one-time link for a new account to set its password, sent by e-mail through the outbox: no password is ever in a
/// file. Only the link's SHA-256 is held, so the table cannot be used to sign in; a link works once, for 7 days.
/// </summary>
public sealed class AccountInvitation
{
    public const int ValidDays = 7;

    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }

    /// <summary>A new random token (URL-safe) and the hash to store.</summary>
    public static (string Token, string Hash) NewToken()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
