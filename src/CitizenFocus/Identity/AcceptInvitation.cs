using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Identity;

/// <summary>A new account sets its password with its one-time link: the link must be unused and in date; it then works no more.</summary>
public sealed class AcceptInvitation(CitizenFocusDb db, UserManager<StaffUser> users, AuditLog audit, TimeProvider time)
{
    public const string Expired = "This link has expired or has been used. Ask your administrator for a new one";

    /// <summary>The account's e-mail address for a valid link; null for a link that is unknown, used or out of date.</summary>
    public async Task<string?> EmailForAsync(string? token, CancellationToken ct = default)
    {
        var invitation = await ValidAsync(token, ct);
        return invitation is null ? null : await db.Users.Where(u => u.Id == invitation.UserId).Select(u => u.Email).SingleOrDefaultAsync(ct);
    }

    public async Task<Result<string>> HandleAsync(string? token, string? password, string? confirm, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var invitation = await ValidAsync(token, ct);
        if (invitation is null) return Result.Invalid("Token", Expired);
        var user = await users.FindByIdAsync(invitation.UserId);
        if (user is null) return Result.Invalid("Token", Expired);
        if (string.IsNullOrEmpty(password)) return Result.Invalid("Password", "Enter a password");
        if (password != confirm) return Result.Invalid("Confirm", "The two passwords are not the same");
        var errors = new List<ValidationError>();
        foreach (var validator in users.PasswordValidators)
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors.Select(e => new ValidationError("Password", e.Description)));
        if (errors.Count > 0) return Result.Invalid(errors);
        var set = await (await users.HasPasswordAsync(user) ? users.RemovePasswordAsync(user) : Task.FromResult(IdentityResult.Success));
        if (!set.Succeeded) return Result.Invalid("Password", string.Join(" ", set.Errors.Select(e => e.Description)));
        var added = await users.AddPasswordAsync(user, password);
        if (!added.Succeeded) return Result.Invalid("Password", string.Join(" ", added.Errors.Select(e => e.Description)));
        invitation.UsedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(user.Email!, AuditAction.Alteration, AddStaffUser.RecordType, user.Id,
            Detail: "password set with the one-time link"), ct);
        await transaction.CommitAsync(ct);
        return user.Email!;
    }

    private async Task<AccountInvitation?> ValidAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return null;
        var hash = AccountInvitation.Hash(token.Trim());
        var now = time.GetUtcNow().UtcDateTime;
        return await db.AccountInvitations.SingleOrDefaultAsync(i => i.TokenHash == hash && i.UsedAt == null && i.ExpiresAt > now, ct);
    }
}
