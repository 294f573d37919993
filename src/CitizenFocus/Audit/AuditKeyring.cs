using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CitizenFocus.Audit;

/// <summary>
/// The audit chain's keys: the current one, which signs, and retired ones, which only verify. Built once from
/// validated <see cref="AuditKeyOptions"/>; the key bytes are the UTF-8 bytes of the configured text.
/// </summary>
public sealed class AuditKeyring
{
    private readonly Dictionary<string, byte[]> keys;

    private AuditKeyring(string currentId, Dictionary<string, byte[]> keys)
    {
        CurrentId = currentId;
        this.keys = keys;
    }

    public AuditKeyring(IOptions<AuditKeyOptions> options) : this(From(options.Value)) { }

    private AuditKeyring(AuditKeyring other) : this(other.CurrentId, other.keys) { }

    /// <summary>The id stored on the rows and checkpoints the current key signs.</summary>
    public string CurrentId { get; }

    /// <summary>A keyring from options, which must be valid (<see cref="AuditKeyOptionsValidator"/>).</summary>
    public static AuditKeyring From(AuditKeyOptions options)
    {
        var result = new AuditKeyOptionsValidator().Validate(null, options);
        if (result.Failed) throw new OptionsValidationException(Options.DefaultName, typeof(AuditKeyOptions), result.Failures);
        var keys = options.RetiredKeys.ToDictionary(k => k.Key, k => Encoding.UTF8.GetBytes(k.Value.Trim()), StringComparer.Ordinal);
        keys[options.KeyId] = Encoding.UTF8.GetBytes(options.Key!.Trim());
        return new AuditKeyring(options.KeyId, keys);
    }

    /// <summary>A keyring of one key, current under id "1".</summary>
    public static AuditKeyring Of(string key, string keyId = "1") => From(new AuditKeyOptions { Key = key, KeyId = keyId });

    /// <summary>A new random key, as text: 32 random bytes in base64.</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public bool Knows(string keyId) => keys.ContainsKey(keyId);

    /// <summary>HMAC-SHA-256 of <paramref name="text"/> under the key <paramref name="keyId"/>, in lower-case hex.</summary>
    public string Sign(string keyId, string text) =>
        keys.TryGetValue(keyId, out var key)
            ? Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)))
            : throw new KeyNotFoundException($"The audit key '{keyId}' is not configured (Audit:Key with Audit:KeyId, or Audit:RetiredKeys:{keyId}).");
}
