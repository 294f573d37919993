using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CitizenFocus.Audit;

/// <summary>
/// The chain's head at a moment, signed with the audit key: kept away from the database (another system, a
/// printout, a write-once store), it lets <c>audit verify --checkpoint</c> tell whether history up to it was
/// rewritten, even by someone who later learns the key and rebuilds every hash after it.
/// </summary>
public sealed record AuditCheckpoint(long Sequence, string Hash, DateTime TakenAt, string KeyId, string Signature)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static AuditCheckpoint Sign(AuditKeyring keys, long sequence, string hash, DateTime takenAt)
    {
        var at = DateTime.SpecifyKind(takenAt, DateTimeKind.Utc);
        return new AuditCheckpoint(sequence, hash, at, keys.CurrentId, keys.Sign(keys.CurrentId, SignedText(sequence, hash, at, keys.CurrentId)));
    }

    /// <summary>Whether the signature is the key's over the other fields; false when that key is not configured.</summary>
    public bool IsSignedBy(AuditKeyring keys) =>
        keys.Knows(KeyId) && string.Equals(keys.Sign(KeyId, SignedText(Sequence, Hash, TakenAt, KeyId)), Signature, StringComparison.Ordinal);

    public string ToJson() => JsonSerializer.Serialize(new File(Sequence, Hash, TakenAt.ToString("O", CultureInfo.InvariantCulture), KeyId, Signature), Json);

    /// <summary>The checkpoint in <paramref name="json"/>, or null with what is wrong with it.</summary>
    public static AuditCheckpoint? Parse(string json, out string? error)
    {
        error = null;
        try
        {
            var file = JsonSerializer.Deserialize<File>(json, Json);
            if (file is { Sequence: >= 0, Hash.Length: 64, KeyId.Length: > 0, Signature.Length: 64 }
                && DateTime.TryParse(file.TakenAt, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
                return new AuditCheckpoint(file.Sequence, file.Hash, at, file.KeyId, file.Signature);
        }
        catch (JsonException)
        {
        }
        error = "not an audit checkpoint (a JSON file written by `audit checkpoint` with sequence, hash, takenAt, keyId and signature)";
        return null;
    }

    private static string SignedText(long sequence, string hash, DateTime takenAt, string keyId) =>
        string.Join('\u001f', "audit-checkpoint", sequence.ToString(CultureInfo.InvariantCulture), hash,
            DateTime.SpecifyKind(takenAt, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture), keyId);

    private sealed record File(
        [property: JsonRequired] long Sequence, [property: JsonRequired] string Hash, [property: JsonRequired] string TakenAt,
        [property: JsonRequired] string KeyId, [property: JsonRequired] string Signature);
}
