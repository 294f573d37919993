using Microsoft.Extensions.Options;

namespace CitizenFocus.Audit;

/// <summary>Refuses to start without a usable key, saying which setting to give and where.</summary>
public sealed class AuditKeyOptionsValidator : IValidateOptions<AuditKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditKeyOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Key))
            failures.Add("Audit:Key is not set. The audit trail is signed with a secret key that must come from configuration " +
                "(environment variable Audit__Key, at least 32 characters, e.g. from `openssl rand -base64 32`), " +
                "kept out of the database; see docs/architecture.md, \"The audit trail\".");
        else if (options.Key.Trim().Length < AuditKeyOptions.MinimumKeyLength)
            failures.Add($"Audit:Key is too short: use at least {AuditKeyOptions.MinimumKeyLength} characters (e.g. `openssl rand -base64 32`).");
        if (!IsValidId(options.KeyId))
            failures.Add("Audit:KeyId must be 1 to 32 letters, digits, '.', '_' or '-'.");
        foreach (var (id, key) in options.RetiredKeys)
        {
            if (!IsValidId(id)) failures.Add($"Audit:RetiredKeys:{id}: a key id must be 1 to 32 letters, digits, '.', '_' or '-'.");
            else if (id == options.KeyId) failures.Add($"Audit:RetiredKeys:{id} has the id of the current key (Audit:KeyId): give the new key a new id.");
            if (string.IsNullOrWhiteSpace(key) || key.Trim().Length < AuditKeyOptions.MinimumKeyLength)
                failures.Add($"Audit:RetiredKeys:{id} is too short: use at least {AuditKeyOptions.MinimumKeyLength} characters.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsValidId(string? id) =>
        id is { Length: > 0 and <= 32 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
