using CitizenFocus.Audit;

namespace CitizenFocus.Tests.Infrastructure;

/// <summary>
/// The audit key every test host is given explicitly (web tests through configuration, command-line tests
/// through <see cref="CliRunner"/>), so that rows a test appends directly verify through the command line.
/// Shared with the web tests (linked).
/// </summary>
public static class TestAuditKey
{
    public const string Value = "test-audit-key-0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>Another key, as an attacker or a misconfigured host would hold.</summary>
    public const string Other = "another-audit-key-9876543210zyxwvutsrqponmlkjihgfedcba";

    public static AuditKeyring Keyring { get; } = AuditKeyring.Of(Value);
}
