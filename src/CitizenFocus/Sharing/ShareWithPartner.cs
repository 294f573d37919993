using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Sharing;

public sealed record ShareWithPartnerRequest(string? RecordType, string? RecordId, int? PartnerAgencyId, string? Reason);

/// <summary>
/// Shares a call or message with a partner agency (a council's anti-social behaviour team, a housing
/// association), so that the agency's users can read it. Only staff who may see the record can share it,
/// and the reason is kept with the share and in the audit trail. The person's details stay withheld until
/// someone records a disclosure with its justification (<see cref="DiscloseToPartner"/>).
/// </summary>
public sealed class ShareWithPartner(CitizenFocusDb db, AuditLog audit, TimeProvider time)
{
    public const int MaxReason = 1000;

    public async Task<Result> HandleAsync(ShareWithPartnerRequest request, OrgScope scope, string actor, CancellationToken ct = default)
    {
        if (scope.IsPartnerAgency) return Result.Forbidden("Partner agencies cannot share the force's records");
        var type = SharedRecords.TypeOf(request.RecordType);
        var id = request.RecordId?.Trim() ?? "";
        if (type is null || id.Length == 0) return Result.NotFound(nameof(request.RecordId), "There is no such record to share");

        var errors = new List<ValidationError>();
        if (request.PartnerAgencyId is null)
            errors.Add(new ValidationError(nameof(request.PartnerAgencyId), "Select the partner agency to share with"));
        if (string.IsNullOrWhiteSpace(request.Reason))
            errors.Add(new ValidationError(nameof(request.Reason), "Enter why the agency needs this " + SharedRecords.Word(type)));
        else if (request.Reason.Trim().Length > MaxReason)
            errors.Add(new ValidationError(nameof(request.Reason), "The reason must be 1,000 characters or fewer"));
        if (errors.Count > 0) return Result.Invalid(errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await SharedRecords.ExistsAsync(db, type, id, scope, ct))
            return Result.NotFound(nameof(request.RecordId), $"There is no {SharedRecords.Word(type)} {id}");
        var agency = await db.PartnerAgencies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PartnerAgencyId, ct);
        if (agency is null) return Result.Invalid(nameof(request.PartnerAgencyId), "Select the partner agency to share with");
        if (await db.PartnerShares.AnyAsync(s => s.PartnerAgencyId == agency.Id && s.RecordType == type && s.RecordId == id, ct))
            return Result.Conflict(nameof(request.PartnerAgencyId), $"This {SharedRecords.Word(type)} is already shared with {agency.Name}");

        var reason = request.Reason!.Trim();
        db.PartnerShares.Add(new PartnerShare
        {
            PartnerAgencyId = agency.Id, RecordType = type, RecordId = id, Reason = reason, SharedBy = actor,
            SharedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Disclosure, type, id, reason,
            $"Shared with {agency.Name}, without the person's details"), ct);
        await tx.CommitAsync(ct);
        return Result.Ok();
    }
}
