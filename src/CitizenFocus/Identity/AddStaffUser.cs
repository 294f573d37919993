using System.Net.Mail;
using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Identity;

/// <summary>
/// A new staff account. <see cref="ScopeUnit"/> names the unit of <see cref="ScopeLevel"/>: an
/// area, borough or ward code ("E09000002"), or a partner agency's id; empty for the whole force.
/// </summary>
public sealed record AddStaffUserRequest(
    string Email, string DisplayName, string Role, OrgLevel? ScopeLevel, string? ScopeUnit, string Password);

public sealed record StaffUserAdded(string UserId, string Email, string Role, OrgLevel? ScopeLevel, int? ScopeUnitId);

/// <summary>
/// Creates a staff account with one role and its organisational scope, and logs the collection of
/// the account's details. The account, its role and the audit row commit together or not at all.
/// </summary>
public sealed class AddStaffUser(CitizenFocusDb db, UserManager<StaffUser> users, AuditLog audit)
{
    public const string RecordType = "StaffUser";

    public async Task<Result<StaffUserAdded>> HandleAsync(AddStaffUserRequest request, string actor, CancellationToken ct = default)
    {
        var errors = new List<ValidationError>();
        var email = request.Email.Trim();
        var displayName = request.DisplayName.Trim();

        if (!MailAddress.TryCreate(email, out var address) || address.Address != email)
            errors.Add(new ValidationError(nameof(request.Email), "Enter an e-mail address in the correct format, like name@met.police.example"));
        else if (await users.FindByEmailAsync(email) is not null)
            errors.Add(new ValidationError(nameof(request.Email), "An account with this e-mail address already exists"));

        if (displayName.Length == 0)
            errors.Add(new ValidationError(nameof(request.DisplayName), "Enter the name to show for this account"));
        else if (displayName.Length > 200)
            errors.Add(new ValidationError(nameof(request.DisplayName), "The name must be 200 characters or fewer"));

        var role = Roles.Find(request.Role.Trim());
        if (role is null)
            errors.Add(new ValidationError(nameof(request.Role), $"There is no role called '{request.Role}'. Roles: {string.Join(", ", Roles.All)}"));
        else if ((role == Roles.PartnerAgencyUser) != (request.ScopeLevel is null))
            errors.Add(new ValidationError(nameof(request.ScopeLevel),
                "Partner-agency users, and only they, are scoped to a partner agency"));

        var (unitId, unitError) = await StaffScopeUnits.ResolveAsync(db, request.ScopeLevel, request.ScopeUnit?.Trim(), ct);
        if (unitError is not null) errors.Add(new ValidationError(nameof(request.ScopeUnit), unitError));

        var user = new StaffUser
        {
            UserName = email, Email = email, DisplayName = displayName,
            ScopeLevel = request.ScopeLevel, ScopeUnitId = unitId, LockoutEnabled = true,
        };
        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, user, request.Password);
            errors.AddRange(checkedPassword.Errors.Select(e => new ValidationError(nameof(request.Password), e.Description)));
        }

        if (errors.Count > 0) return Result.Invalid(errors);

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var created = await users.CreateAsync(user, request.Password);
            if (!created.Succeeded) return Result.Invalid(created.Errors.Select(ToValidationError).ToList());
            var added = await users.AddToRoleAsync(user, role!);
            if (!added.Succeeded) return Result.Invalid(added.Errors.Select(ToValidationError).ToList());

            await audit.AppendAsync(new AuditRecord(actor, AuditAction.Collection, RecordType, user.Id,
                Detail: $"account created: role {role}; scope {ScopeText.Format(request.ScopeLevel, request.ScopeUnit?.Trim())}"), ct);

            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
            return new StaffUserAdded(user.Id, email, role!, request.ScopeLevel, unitId);
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    private static ValidationError ToValidationError(IdentityError error) => new(
        error.Code switch
        {
            nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
                or nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => nameof(AddStaffUserRequest.Email),
            nameof(IdentityErrorDescriber.UserAlreadyInRole) => nameof(AddStaffUserRequest.Role),
            _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(AddStaffUserRequest.Password),
            _ => "",
        },
        error.Description);
}
