using System.Net.Mail;
using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CsvHelper;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Identity;

/// <param name="Created">Accounts new to the database, each sent a one-time link to set its password.</param>
/// <param name="Changed">Accounts whose name, role or scope the file changed (their sessions end at the next request).</param>
/// <param name="Disabled">Accounts an earlier import made that this file no longer has: leavers.</param>
public sealed record StaffImportSummary(long Rows, int Created, int Changed, int Unchanged, int Disabled);

/// <summary>
/// Staff accounts in bulk from an HR export: <c>email,name,role,scope</c>, all or nothing, errors naming row and column.
/// A new account gets no password: a one-time link to set one goes to its e-mail address through the outbox (the file
/// never holds a password). An account already held is updated (role, scope, name) and its sessions end; an account an
/// earlier import made that this file lacks is disabled. Each creation, change and disabling is in the audit trail.
/// </summary>
public sealed class ImportStaff(CitizenFocusDb db, UserManager<StaffUser> users, AuditLog audit, NotificationOutbox outbox, TimeProvider time)
{
    private static readonly string[] Required = ["email", "name", "role", "scope"];

    private sealed record Row(long Number, string Email, string Name, string Role, OrgLevel? Level, int? UnitId, string Scope);

    public async Task<Result<StaffImportSummary>> HandleAsync(Stream file, Uri siteAddress, string actor, CancellationToken ct = default)
    {
        await using var csv = CsvFile.Open(file);
        var (header, headerErrors) = await CsvFile.ReadNamedColumnsAsync(csv, Required, "expected a header row email,name,role,scope", null, ct);
        if (header is null) return Result.Invalid(headerErrors);

        var errors = new List<ValidationError>();
        var raw = new List<(long Number, string Email, string Name, string Role, string Scope)>();
        var count = await CsvFile.ForEachRowAsync(csv, errors, CsvFile.MaxErrors, number =>
            raw.Add((number, csv.GetString(header[0]).Trim(), csv.GetString(header[1]).Trim(), csv.GetString(header[2]).Trim(), csv.GetString(header[3]).Trim())), ct);
        var rows = new List<Row>();
        foreach (var r in raw)
            if (await ParseAsync(r, errors, ct) is { } row) rows.Add(row);
        foreach (var duplicate in raw.Where(r => r.Email.Length > 0).GroupBy(r => r.Email, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            errors.Add(new ValidationError("email", $"{duplicate.Key} is already on row {duplicate.First().Number}", duplicate.Skip(1).First().Number));
        if (errors.Count > 0) return Result.Invalid([.. errors.OrderBy(e => e.Row)]);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        int created = 0, changed = 0, unchanged = 0, disabled = 0;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var row in rows)
        {
            var user = await users.FindByEmailAsync(row.Email);
            if (user is null)
            {
                user = new StaffUser
                {
                    UserName = row.Email, Email = row.Email, DisplayName = row.Name, ScopeLevel = row.Level, ScopeUnitId = row.UnitId,
                    LockoutEnabled = true, FromStaffImport = true,
                };
                Check(await users.CreateAsync(user));
                Check(await users.AddToRoleAsync(user, row.Role));
                var (token, hash) = AccountInvitation.NewToken();
                db.AccountInvitations.Add(new AccountInvitation { UserId = user.Id, TokenHash = hash, CreatedAt = now, ExpiresAt = now.AddDays(AccountInvitation.ValidDays) });
                var link = new Uri(siteAddress, $"/Account/SetPassword?token={Uri.EscapeDataString(token)}");
                outbox.Enqueue(row.Email, "Your CitizenFocus account",
                    $"Hello {row.Name},\n\nAn account has been made for you on CitizenFocus ({row.Role}, {row.Scope}). Set your password here within {AccountInvitation.ValidDays} days:\n\n{link}\n\n" +
                    "The link works once. If you did not expect this, tell your administrator.");
                await audit.AppendAsync(new AuditRecord(actor, AuditAction.Collection, AddStaffUser.RecordType, user.Id,
                    Detail: $"account created by the staff import: role {row.Role}; scope {row.Scope}; a one-time link to set the password sent"), ct);
                created++;
                continue;
            }
            var roles = await users.GetRolesAsync(user);
            var same = roles.SequenceEqual([row.Role]) && user.ScopeLevel == row.Level && user.ScopeUnitId == row.UnitId && user.DisplayName == row.Name
                && !ChangeStaffUser.IsDisabled(user.LockoutEnd);
            if (same)
            {
                if (!user.FromStaffImport) { user.FromStaffImport = true; Check(await users.UpdateAsync(user)); }
                unchanged++;
                continue;
            }
            user.DisplayName = row.Name;
            user.FromStaffImport = true;
            // Back on the staff list: a leaver returning is enabled again.
            if (ChangeStaffUser.IsDisabled(user.LockoutEnd)) Check(await users.SetLockoutEndDateAsync(user, null));
            await ChangeStaffUser.SetAccessAsync(users, user, roles, row.Role, row.Level, row.UnitId);
            await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, AddStaffUser.RecordType, user.Id,
                Detail: $"changed by the staff import: role {row.Role}; scope {row.Scope}; its sessions were ended"), ct);
            changed++;
        }
        var inFile = rows.Select(r => r.Email.ToUpperInvariant()).ToHashSet();
        var leavers = await db.Users.Where(u => u.FromStaffImport && !inFile.Contains(u.NormalizedEmail!)).ToListAsync(ct);
        foreach (var leaver in leavers.Where(u => !ChangeStaffUser.IsDisabled(u.LockoutEnd)))
        {
            await ChangeStaffUser.SetDisabledAsync(users, leaver, disabled: true);
            await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, AddStaffUser.RecordType, leaver.Id,
                Detail: "disabled by the staff import: not in the file (a leaver); its sessions were ended"), ct);
            disabled++;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new StaffImportSummary(count, created, changed, unchanged, disabled);
    }

    private async Task<Row?> ParseAsync((long Number, string Email, string Name, string Role, string Scope) r, List<ValidationError> errors, CancellationToken ct)
    {
        var before = errors.Count;
        void Error(string column, string message) => errors.Add(new ValidationError(column, message, r.Number));
        if (!MailAddress.TryCreate(r.Email, out var address) || address.Address != r.Email) Error("email", $"'{r.Email}' is not an e-mail address");
        if (r.Name.Length == 0) Error("name", "enter the name to show for the account");
        else if (r.Name.Length > 200) Error("name", "the name must be 200 characters or fewer");
        var role = Roles.Find(r.Role);
        if (role is null) Error("role", $"'{r.Role}' is not a role: use one of {string.Join(", ", Roles.All.Select(Roles.Slug))}");
        (int? Id, string? Error) unit = (null, null);
        if (!ScopeText.TryParse(r.Scope, out var level, out var code)) Error("scope", $"'{r.Scope}' is not a scope: use {ScopeText.Forms}");
        else
        {
            unit = await StaffScopeUnits.ResolveAsync(db, level, code, ct);
            if (unit.Error is not null) Error("scope", unit.Error);
            else if (role is not null && (role == Roles.PartnerAgencyUser) != (level is null))
                Error("scope", "partner-agency users, and only they, are scoped to a partner agency");
        }
        return errors.Count > before ? null : new Row(r.Number, r.Email, r.Name, role!, level, unit.Id, r.Scope.Trim().ToLowerInvariant());
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
