namespace CitizenFocus.Audit;

/// <summary>
/// The "Audit" section: the secret that keys the audit chain (HMAC-SHA-256). It comes from configuration
/// (environment <c>Audit__Key</c>), never from the database, so that someone who can write to the database
/// cannot recompute the chain after changing a row. Rotation keeps the old keys for verification only:
/// <c>Audit:KeyId</c> names the current key, each row records the id of the key it was written with, and
/// <c>Audit:RetiredKeys:&lt;id&gt;</c> holds the keys of older rows (docs/architecture.md, "Key rotation").
/// </summary>
public sealed class AuditKeyOptions
{
    public const string Section = "Audit";

    /// <summary>Enough entropy that the key cannot be guessed: 32 characters, such as 24 random bytes in base64.</summary>
    public const int MinimumKeyLength = 32;

    /// <summary>The current key: new rows and checkpoints are signed with it.</summary>
    public string? Key { get; set; }

    /// <summary>The current key's name, stored on every row it signs (letters, digits, '.', '_' or '-', up to 32).</summary>
    public string KeyId { get; set; } = "1";

    /// <summary>Keys no longer used for writing, by id: rows and checkpoints they signed still verify.</summary>
    public Dictionary<string, string> RetiredKeys { get; set; } = [];
}
