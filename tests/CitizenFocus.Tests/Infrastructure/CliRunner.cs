using CitizenFocus.Cli;

namespace CitizenFocus.Tests.Infrastructure;

public sealed record CliOutcome(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- out\n{Output}\n--- err\n{Error}";
}

/// <summary>Runs `citizenfocus` in-process against a test database.</summary>
internal static class CliRunner
{
    public static async Task<CliOutcome> RunAsync(TestDatabase database, TimeProvider time, params string[] args) =>
        await RunAsync(database, time, stdin: null, settings: null, args);

    /// <summary>Runs a command as the operating-system account <paramref name="account"/>.</summary>
    public static async Task<CliOutcome> RunAsAsync(string account, TestDatabase database, TimeProvider time, params string[] args) =>
        await RunAsync(database, time, stdin: null, settings: null, args, account);

    public static async Task<CliOutcome> RunAsync(TestDatabase database, TimeProvider time, string? stdin,
        IReadOnlyDictionary<string, string?>? settings, params string[] args) =>
        await RunAsync(database, time, stdin, settings, args, "test");

    private static async Task<CliOutcome> RunAsync(TestDatabase database, TimeProvider time, string? stdin,
        IReadOnlyDictionary<string, string?>? settings, string[] args, string account)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        // The key is given explicitly, as a production host's would be, unless the test chooses another.
        var allSettings = new Dictionary<string, string?> { ["Audit:Key"] = TestAuditKey.Value };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>()) allSettings[name] = value;
        var context = CliContext.ForTest(output, error, time, allSettings, stdin is null ? null : new StringReader(stdin), account);
        string[] all = [.. args, "--provider", database.Provider.ToString().ToLowerInvariant(), "--connection", database.ConnectionString];
        var code = await CliApp.InvokeAsync(all, context);
        return new CliOutcome(code, output.ToString(), error.ToString());
    }
}
