using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Audit;

/// <summary>
/// Restricting a record (DPA 2018 s.47) and lifting it, each an alteration in the audit trail with the reason as its
/// justification; and the check every read of a record by reference makes (<c>ConsultCall</c>, <c>ConsultMessage</c>):
/// a record under a restriction is readable only by the roles it names, and a refusal is written to the trail.
/// </summary>
public sealed class RecordRestrictions(CitizenFocusDb db, AuditLog audit, CurrentReader reader, ScopeRefusals refusals, TimeProvider time)
{
    /// <summary>The record types a restriction can be placed on: those read one by one by reference.</summary>
    public static readonly IReadOnlyList<string> RecordTypes = ["Call", "Message"];

    public async Task<Result<long>> PlaceAsync(string recordType, string recordId, IReadOnlyCollection<string> roles, string? reason, string actor,
        CancellationToken ct = default)
    {
        var errors = new List<ValidationError>();
        if (!RecordTypes.Contains(recordType)) errors.Add(new("RecordType", $"Records of type '{recordType}' cannot be restricted: use {string.Join(" or ", RecordTypes)}"));
        var named = roles.Select(r => Identity.Roles.Find(r.Trim())).ToList();
        if (roles.Count == 0) errors.Add(new("Roles", "Name the roles that may still read the record"));
        else if (named.Any(r => r is null))
            errors.Add(new("Roles", $"There is no role called '{roles.First(r => Identity.Roles.Find(r.Trim()) is null)}'. Roles: {string.Join(", ", Identity.Roles.All)}"));
        if (string.IsNullOrWhiteSpace(reason)) errors.Add(new("Reason", "Give the reason for the restriction"));
        else if (reason.Trim().Length > 1000) errors.Add(new("Reason", "The reason must be 1,000 characters or fewer"));
        if (errors.Count > 0) return Result.Invalid(errors);
        if (!await ExistsAsync(recordType, recordId, ct)) return Result.NotFound("RecordId", $"There is no {recordType.ToLowerInvariant()} {recordId}");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var restriction = new RecordRestriction
        {
            RecordType = recordType, RecordId = recordId, Roles = string.Join(",", named.Distinct()), Reason = reason!.Trim(),
            SetBy = actor, SetAt = time.GetUtcNow().UtcDateTime,
        };
        db.RecordRestrictions.Add(restriction);
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, recordType, recordId, Justification: restriction.Reason,
            Detail: $"restricted: only {string.Join(", ", named.Distinct())} may read it"), ct);
        await transaction.CommitAsync(ct);
        return restriction.Id;
    }

    public async Task<Result> LiftAsync(string recordType, string recordId, string actor, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var open = await db.RecordRestrictions.Where(r => r.RecordType == recordType && r.RecordId == recordId && r.LiftedAt == null).ToListAsync(ct);
        if (open.Count == 0) return Result.NotFound("RecordId", $"{recordType} {recordId} is not restricted");
        foreach (var restriction in open)
        {
            restriction.LiftedAt = time.GetUtcNow().UtcDateTime;
            restriction.LiftedBy = actor;
        }
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, recordType, recordId, Detail: "restriction lifted"), ct);
        await transaction.CommitAsync(ct);
        return Result.Ok();
    }

    /// <summary>
    /// Whether the current reader may read the record: yes when no restriction stands, or when the reader holds one of
    /// the roles every standing restriction names. A refusal is written to the audit trail.
    /// </summary>
    public async Task<bool> MayReadAsync(string recordType, string recordId, string actor, CancellationToken ct = default)
    {
        var standing = await db.RecordRestrictions.AsNoTracking()
            .Where(r => r.RecordType == recordType && r.RecordId == recordId && r.LiftedAt == null).Select(r => r.Roles).ToListAsync(ct);
        if (standing.All(roles => roles.Split(',').Any(reader.Roles.Contains))) return true;
        await refusals.RecordAsync(actor, recordType, recordId, "restricted: not for the reader's role", ct);
        return false;
    }

    private Task<bool> ExistsAsync(string recordType, string recordId, CancellationToken ct) => recordType switch
    {
        "Call" => db.Calls.AnyAsync(c => c.Reference == recordId, ct),
        _ => db.TeamMessages.AnyAsync(m => m.Reference == recordId, ct),
    };
}
