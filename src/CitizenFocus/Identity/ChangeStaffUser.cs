using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Identity;

/// <summary>
/// A change to an existing account's access: a new role, a new scope, or none of either. Null fields are left as
/// they are. <see cref="ScopeGiven"/> says whether <see cref="ScopeLevel"/> and <see cref="ScopeUnit"/> were given
/// (a null level is a partner agency's scope, so null alone cannot mean "unchanged").
/// </summary>
public sealed record ChangeStaffUserRequest(string Email, string? Role, bool ScopeGiven, OrgLevel? ScopeLevel, string? ScopeUnit);

/// <summary>
/// Changes an account's role or scope, or disables and re-enables it. Every change gives the account a new security
/// stamp, which ends each of its sessions at their next request (the session check compares stamps on every
/// request), so a narrowed scope or a withdrawn role is never carried on by a cookie issued before it. The change and
/// its audit row (an alteration of the account, with what was and what is) commit together.
/// </summary>
public sealed class ChangeStaffUser(CitizenFocusDb db, UserManager<StaffUser> users, AuditLog audit)
{
    public async Task<Result<string>> ChangeAsync(ChangeStaffUserRequest request, string actor, CancellationToken ct = default)
    {
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null) return Result.NotFound(nameof(request.Email), $"There is no account with the e-mail address '{request.Email.Trim()}'");
        if (request.Role is null && !request.ScopeGiven)
            return Result.Invalid("", "Give a new role, a new scope, or both");

        var oldRoles = await users.GetRolesAsync(user);
        var oldRole = oldRoles.FirstOrDefault() ?? "(none)";
        var role = request.Role is null ? oldRole : Roles.Find(request.Role.Trim());
        var errors = new List<ValidationError>();
        if (role is null)
            errors.Add(new ValidationError(nameof(request.Role), $"There is no role called '{request.Role}'. Roles: {string.Join(", ", Roles.All)}"));
        var level = request.ScopeGiven ? request.ScopeLevel : user.ScopeLevel;
        var unitId = user.ScopeUnitId;
        if (request.ScopeGiven)
        {
            var (id, unitError) = await StaffScopeUnits.ResolveAsync(db, request.ScopeLevel, request.ScopeUnit?.Trim(), ct);
            if (unitError is not null) errors.Add(new ValidationError(nameof(request.ScopeUnit), unitError));
            unitId = id;
        }
        if (role is not null && (role == Roles.PartnerAgencyUser) != (level is null))
            errors.Add(new ValidationError(nameof(request.ScopeLevel), "Partner-agency users, and only they, are scoped to a partner agency"));
        if (errors.Count > 0) return Result.Invalid(errors);

        var before = $"role {oldRole}; scope {await ScopeOfAsync(user.ScopeLevel, user.ScopeUnitId, ct)}";
        return await InTransactionAsync(async () =>
        {
            await SetAccessAsync(users, user, oldRoles, role!, level, unitId);
            var after = $"role {role}; scope {await ScopeOfAsync(level, unitId, ct)}";
            await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, AddStaffUser.RecordType, user.Id,
                Detail: $"access changed from {before} to {after}; its sessions were ended"), ct);
            return after;
        }, ct);
    }

    /// <summary>Disables the account: it cannot sign in, and its sessions end at their next request.</summary>
    public Task<Result<string>> DisableAsync(string email, string actor, CancellationToken ct = default) =>
        SetEnabledAsync(email, enabled: false, actor, ct);

    /// <summary>Lets a disabled account sign in again (with its password as it was).</summary>
    public Task<Result<string>> EnableAsync(string email, string actor, CancellationToken ct = default) =>
        SetEnabledAsync(email, enabled: true, actor, ct);

    private async Task<Result<string>> SetEnabledAsync(string email, bool enabled, string actor, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null) return Result.NotFound("Email", $"There is no account with the e-mail address '{email.Trim()}'");
        return await InTransactionAsync(async () =>
        {
            await SetDisabledAsync(users, user, !enabled);
            var what = enabled ? "account enabled" : "account disabled; its sessions were ended";
            await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, AddStaffUser.RecordType, user.Id, Detail: what), ct);
            return what;
        }, ct);
    }

    /// <summary>The lockout end that marks a disabled account: a fixed date far off, which both databases store exactly.</summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Whether an account is disabled, as opposed to locked for a while after failed sign-ins.</summary>
    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd >= DisabledUntil;

    /// <summary>
    /// Gives the account one role and a scope, and a new security stamp so that its sessions end at their next request;
    /// the caller holds the transaction and writes the audit row.
    /// </summary>
    internal static async Task SetAccessAsync(UserManager<StaffUser> users, StaffUser user, IList<string> currentRoles, string role,
        OrgLevel? level, int? unitId)
    {
        if (!currentRoles.SequenceEqual([role]))
        {
            Check(await users.RemoveFromRolesAsync(user, currentRoles));
            Check(await users.AddToRoleAsync(user, role));
        }
        user.ScopeLevel = level;
        user.ScopeUnitId = unitId;
        Check(await users.UpdateAsync(user));
        Check(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>
    /// Disables the account (a lockout that never ends, Identity's way: sign-in refuses it with the words of any lockout,
    /// so a disabled account is not told apart from a locked one) or enables it; either way its sessions end.
    /// </summary>
    internal static async Task SetDisabledAsync(UserManager<StaffUser> users, StaffUser user, bool disabled)
    {
        user.LockoutEnabled = true;
        Check(await users.SetLockoutEndDateAsync(user, disabled ? DisabledUntil : null));
        if (!disabled) Check(await users.ResetAccessFailedCountAsync(user));
        Check(await users.UpdateSecurityStampAsync(user));
    }

    private async Task<Result<string>> InTransactionAsync(Func<Task<string>> change, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var done = await change();
            await tx.CommitAsync(ct);
            return done;
        }
        catch (IdentityFailure failure)
        {
            return Result.Invalid("", failure.Message);
        }
    }

    private async Task<string> ScopeOfAsync(OrgLevel? level, int? unitId, CancellationToken ct)
    {
        if (level == OrgLevel.Force) return ScopeText.Format(level, null);
        string? code = level switch
        {
            OrgLevel.Area => await db.Areas.Where(a => a.Id == unitId).Select(a => a.Code).FirstOrDefaultAsync(ct),
            OrgLevel.Borough => await db.Boroughs.Where(b => b.Id == unitId).Select(b => b.Code).FirstOrDefaultAsync(ct),
            OrgLevel.Ward => await db.Wards.Where(w => w.Id == unitId).Select(w => w.Code).FirstOrDefaultAsync(ct),
            _ => unitId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return ScopeText.Format(level, code);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new IdentityFailure(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>Identity refused a step: unexpected here, since the request was checked before.</summary>
    internal sealed class IdentityFailure(string message) : InvalidOperationException(message);
}
