using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Organisation;

/// <summary>
/// A supervisor confirms that a team's published base, phone and email are current (Pledge point 2).
/// The publication check counts its 90 days from this confirmation.
/// </summary>
public sealed class ConfirmTeamDetails(CitizenFocusDb db, AuditLog audit, TimeProvider time)
{
    public async Task<Result> HandleAsync(string slug, OrgScope scope, string actor, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Slug == slug, ct);
        if (team is null) return Result.NotFound("Slug", $"There is no team {slug}");
        if (!scope.Covers(await UnitAsync(team.BoroughId, team.WardId, ct)))
            return Result.Forbidden("Only a supervisor responsible for this team can confirm its details");

        team.DetailsReviewedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, "Team", slug, Detail: "published details confirmed current"), ct);
        await tx.CommitAsync(ct);
        return Result.Ok();
    }

    /// <summary>Whether <paramref name="scope"/> may confirm the team's details, for showing the button only to those who can use it.</summary>
    public async Task<bool> AllowedAsync(string slug, OrgScope scope, CancellationToken ct = default)
    {
        var team = await db.Teams.AsNoTracking().Where(t => t.Slug == slug)
            .Select(t => new { t.BoroughId, t.WardId }).SingleOrDefaultAsync(ct);
        return team is not null && scope.Covers(await UnitAsync(team.BoroughId, team.WardId, ct));
    }

    private async Task<OrgUnitRef> UnitAsync(int boroughId, int? wardId, CancellationToken ct) =>
        new(await db.Boroughs.Where(b => b.Id == boroughId).Select(b => (int?)b.AreaId).SingleOrDefaultAsync(ct), boroughId, wardId);
}
