using CitizenFocus.Data;
using CitizenFocus.Identity;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Organisation;

/// <summary>
/// The Pledge point 2 publication check: teams whose published base, phone or email is missing,
/// or whose details no supervisor has confirmed within <see cref="ReviewEvery"/>.
/// </summary>
public sealed class TeamPublicationQueries(CitizenFocusDb db)
{
    public static readonly TimeSpan ReviewEvery = TimeSpan.FromDays(90);

    public async Task<IReadOnlyList<TeamPublicationRow>> NeedingAttentionAsync(OrgScope scope, DateTime nowUtc, CancellationToken ct = default)
    {
        var cutoff = nowUtc - ReviewEvery;
        var teams = db.Teams.AsNoTracking();
        teams = scope.Level switch
        {
            OrgLevel.Force => teams,
            OrgLevel.Area => teams.Where(t => db.Boroughs.Any(b => b.Id == t.BoroughId && b.AreaId == scope.AreaId)),
            OrgLevel.Borough => teams.Where(t => t.BoroughId == scope.BoroughId),
            OrgLevel.Ward => teams.Where(t => t.WardId == scope.WardId),
            _ => teams.Where(t => false),
        };
        var rows = await teams
            .Where(t => t.BaseAddress == null || t.BaseAddress == "" || t.Phone == null || t.Phone == ""
                || t.Email == null || t.Email == "" || t.DetailsReviewedAt == null || t.DetailsReviewedAt < cutoff)
            .Select(t => new TeamPublicationRow(t.Slug, t.Name, t.Kind,
                db.Boroughs.Where(b => b.Id == t.BoroughId).Select(b => b.Name).First(),
                db.Wards.Where(w => w.Id == t.WardId).Select(w => w.Name).FirstOrDefault(),
                t.BaseAddress == null || t.BaseAddress == "", t.Phone == null || t.Phone == "", t.Email == null || t.Email == "",
                t.DetailsReviewedAt, t.DetailsReviewedAt == null || t.DetailsReviewedAt < cutoff))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.BoroughName, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
    }
}
