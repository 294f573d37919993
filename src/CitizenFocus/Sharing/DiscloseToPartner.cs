using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Sharing;

public sealed record DiscloseToPartnerRequest(string? RecordType, string? RecordId, int? PartnerAgencyId, string? Justification);

/// <summary>
/// Discloses the person's details in a shared record (caller's name and phone; a message's sender's name,
/// email, phone and address) to the agency it is shared with. A disclosure needs its justification
/// (DPA 2018 s.62): it is kept with the disclosure and written to the audit trail in the same transaction.
/// </summary>
public sealed class DiscloseToPartner(CitizenFocusDb db, AuditLog audit, TimeProvider time)
{
    public const int MaxJustification = 2000;

    public async Task<Result> HandleAsync(DiscloseToPartnerRequest request, OrgScope scope, string actor, CancellationToken ct = default)
    {
        if (scope.IsPartnerAgency) return Result.Forbidden("Partner agencies cannot disclose the force's records");
        var type = SharedRecords.TypeOf(request.RecordType);
        var id = request.RecordId?.Trim() ?? "";
        if (type is null || id.Length == 0) return Result.NotFound(nameof(request.RecordId), "There is no such record");

        var errors = new List<ValidationError>();
        if (request.PartnerAgencyId is null)
            errors.Add(new ValidationError(nameof(request.PartnerAgencyId), "Select the partner agency to disclose to"));
        if (string.IsNullOrWhiteSpace(request.Justification))
            errors.Add(new ValidationError(nameof(request.Justification), "Enter the justification for disclosing the person's details"));
        else if (request.Justification.Trim().Length > MaxJustification)
            errors.Add(new ValidationError(nameof(request.Justification), "The justification must be 2,000 characters or fewer"));
        if (errors.Count > 0) return Result.Invalid(errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await SharedRecords.ExistsAsync(db, type, id, scope, ct))
            return Result.NotFound(nameof(request.RecordId), $"There is no {SharedRecords.Word(type)} {id}");
        var agency = await db.PartnerAgencies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PartnerAgencyId, ct);
        if (agency is null) return Result.Invalid(nameof(request.PartnerAgencyId), "Select the partner agency to disclose to");
        var share = await db.PartnerShares.AsNoTracking()
            .SingleOrDefaultAsync(s => s.PartnerAgencyId == agency.Id && s.RecordType == type && s.RecordId == id, ct);
        if (share is null)
            return Result.Conflict(nameof(request.PartnerAgencyId), $"Share the {SharedRecords.Word(type)} with {agency.Name} before disclosing the person's details");
        if (await db.PartnerDisclosures.AnyAsync(d => d.ShareId == share.Id, ct))
            return Result.Conflict(nameof(request.PartnerAgencyId), $"The person's details are already disclosed to {agency.Name}");

        var justification = request.Justification!.Trim();
        db.PartnerDisclosures.Add(new PartnerDisclosure
        {
            ShareId = share.Id, Justification = justification, DisclosedBy = actor, DisclosedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Disclosure, type, id, justification,
            $"The person's details disclosed to {agency.Name}"), ct);
        await tx.CommitAsync(ct);
        return Result.Ok();
    }
}
