using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CitizenFocus.Audit;

/// <summary>
/// One logged processing operation. Rows are append-only and hash-chained: each row's hash covers
/// its own fields and the previous row's hash, so altering or deleting any row breaks the chain.
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

    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(long sequence, DateTime occurredAt, string actor, AuditAction action,
        string recordType, string recordId, string? justification, string? detail, string previousHash)
    {
        // Unit separators keep field boundaries unambiguous.
        var text = string.Join('\u001f',
            sequence.ToString(CultureInfo.InvariantCulture),
            DateTime.SpecifyKind(occurredAt, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
            actor, ((int)action).ToString(CultureInfo.InvariantCulture), recordType, recordId,
            justification ?? "", detail ?? "", previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public string ExpectedHash() =>
        ComputeHash(Sequence, OccurredAt, Actor, Action, RecordType, RecordId, Justification, Detail, PreviousHash);
}
