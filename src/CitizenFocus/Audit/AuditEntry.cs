using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CitizenFocus.Audit;

/// <summary>
/// One logged processing operation. Rows are append-only and chained: each row's hash is an HMAC-SHA-256,
/// under a key held outside the database, of its own fields and the previous row's hash, so altering or
/// deleting any row breaks the chain, and without the key nobody can rebuild it.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Gapless position in the chain, starting at 1.</summary>
    public long Sequence { get; set; }

    public DateTime OccurredAt { get; set; }
    public required string Actor { get; set; }
    public AuditAction Action { get; set; }
    public required string RecordType { get; set; }
    public required string RecordId { get; set; }

    /// <summary>Required for disclosures: why the data left the force, and to whom.</summary>
    public string? Justification { get; set; }

    public string? Detail { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }

    /// <summary>
    /// The id of the key that signed <see cref="Hash"/> (<see cref="AuditKeyOptions.KeyId"/>), so that rows keep
    /// verifying after the key is rotated. Empty on rows written before the chain was keyed, which
    /// <c>audit rekey</c> signs.
    /// </summary>
    public string KeyId { get; set; } = "";

    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The row's HMAC-SHA-256 under the key <paramref name="keyId"/>; the key id is signed too.</summary>
    public static string ComputeHash(AuditKeyring keys, string keyId, long sequence, DateTime occurredAt, string actor,
        AuditAction action, string recordType, string recordId, string? justification, string? detail, string previousHash) =>
        keys.Sign(keyId, "audit-entry\u001f" + keyId + '\u001f' +
            Content(sequence, occurredAt, actor, action, recordType, recordId, justification, detail, previousHash));

    /// <summary>The plain SHA-256 of rows written before the chain was keyed: only <c>audit rekey</c> accepts it.</summary>
    internal static string ComputeUnkeyedHash(long sequence, DateTime occurredAt, string actor, AuditAction action,
        string recordType, string recordId, string? justification, string? detail, string previousHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            Content(sequence, occurredAt, actor, action, recordType, recordId, justification, detail, previousHash))));

    private static string Content(long sequence, DateTime occurredAt, string actor, AuditAction action,
        string recordType, string recordId, string? justification, string? detail, string previousHash) =>
        // Unit separators keep field boundaries unambiguous.
        string.Join('\u001f',
            sequence.ToString(CultureInfo.InvariantCulture),
            DateTime.SpecifyKind(occurredAt, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
            actor, ((int)action).ToString(CultureInfo.InvariantCulture), recordType, recordId,
            justification ?? "", detail ?? "", previousHash);

    /// <summary>The hash this row should carry under the key it names, or null when that key is not configured.</summary>
    public string? ExpectedHash(AuditKeyring keys) =>
        keys.Knows(KeyId)
            ? ComputeHash(keys, KeyId, Sequence, OccurredAt, Actor, Action, RecordType, RecordId, Justification, Detail, PreviousHash)
            : null;

    internal string ExpectedUnkeyedHash() =>
        ComputeUnkeyedHash(Sequence, OccurredAt, Actor, Action, RecordType, RecordId, Justification, Detail, PreviousHash);
}
